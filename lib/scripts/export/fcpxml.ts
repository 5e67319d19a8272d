import { rationalSeconds } from "../timeline/frame-rate";
import { clipName, gapLabel, type TimelineItem, type TimelinePlan } from "../timeline/plan";
import { buildXml, type XmlSpec } from "../timeline/xml";

export const FCPXML_VERSION = "1.10";

/** Final Cut Pro's names for the standard 1080p formats; other frame sizes are left unnamed. */
const FORMAT_RATE_LABELS: Record<string, string> = { "23.976": "2398", "24": "24", "25": "25", "29.97": "2997", "30": "30", "60": "60" };

/** The gap standing for a segment without an image keeps its text, so the editor shows what goes there. */
function gapName(item: TimelineItem): string {
  return `${gapLabel(item.number)} ${item.text.slice(0, 80)}`;
}

/**
 * The timeline as FCPXML 1.10, for Final Cut Pro and DaVinci Resolve: one asset per image
 * (a still, referenced by its file name beside the .fcpxml), and a primary storyline of `video`
 * clips at their segments' frames, with gaps where a segment has no image or before the first.
 */
export function writeFcpxml(plan: TimelinePlan): string {
  const { rate } = plan;
  const time = (frames: number) => rationalSeconds(frames, rate);
  const standard = plan.width === 1920 && plan.height === 1080;
  const resources: XmlSpec[] = [
    {
      name: "format",
      attrs: {
        id: "r1",
        name: standard ? `FFVideoFormat1080p${FORMAT_RATE_LABELS[rate.name]}` : undefined,
        frameDuration: rationalSeconds(1, rate),
        width: plan.width,
        height: plan.height,
        colorSpace: "1-1-1 (Rec. 709)",
      },
    },
  ];
  // One format per still size, then one asset per image, each with a stable id.
  const stillFormats = new Map<string, string>();
  const assets = new Map<string, string>();
  for (const item of plan.items) {
    if (!item.file) continue;
    const size = `${item.width ?? plan.width}x${item.height ?? plan.height}`;
    if (!stillFormats.has(size)) {
      const id = `r${resources.length + 1}`;
      stillFormats.set(size, id);
      resources.push({ name: "format", attrs: { id, name: "FFVideoFormatRateUndefined", width: item.width ?? plan.width, height: item.height ?? plan.height, colorSpace: "1-13-1" } });
    }
    const id = `r${resources.length + 1}`;
    assets.set(item.file, id);
    resources.push({
      name: "asset",
      attrs: { id, name: clipName(item.file), start: "0s", duration: "0s", hasVideo: 1, format: stillFormats.get(size), videoSources: 1 },
      children: [{ name: "media-rep", attrs: { kind: "original-media", src: encodeURI(item.file) } }],
    });
  }

  const spine: XmlSpec[] = [];
  const first = plan.items[0];
  if (first && first.startFrame > 0) spine.push({ name: "gap", attrs: { name: "Gap", offset: "0s", duration: time(first.startFrame) } });
  for (const item of plan.items) {
    const placed = { offset: time(item.startFrame), duration: time(item.durationFrames) };
    spine.push(
      item.file
        ? { name: "video", attrs: { name: clipName(item.file), ref: assets.get(item.file), ...placed } }
        : { name: "gap", attrs: { name: gapName(item), ...placed } },
    );
  }

  return buildXml(
    {
      name: "fcpxml",
      attrs: { version: FCPXML_VERSION },
      children: [
        { name: "resources", children: resources },
        {
          name: "library",
          children: [
            {
              name: "event",
              attrs: { name: "Inkwell" },
              children: [
                {
                  name: "project",
                  attrs: { name: plan.title },
                  children: [
                    {
                      name: "sequence",
                      attrs: { format: "r1", duration: time(plan.durationFrames), tcStart: "0s", tcFormat: rate.dropFrame ? "DF" : "NDF" },
                      children: [{ name: "spine", children: spine }],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    "fcpxml",
  );
}

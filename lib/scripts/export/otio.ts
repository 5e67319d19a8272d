import { framesPerSecond, type FrameRate } from "../timeline/frame-rate";
import { clipName, gapLabel, type TimelineItem, type TimelinePlan } from "../timeline/plan";

/** Where Inkwell keeps a clip's segment in OTIO metadata, so that timing back can find it. */
export const OTIO_METADATA_KEY = "inkwell";

function rationalTime(frames: number, rate: FrameRate) {
  return { OTIO_SCHEMA: "RationalTime.1", rate: framesPerSecond(rate), value: frames };
}

function timeRange(startFrame: number, durationFrames: number, rate: FrameRate) {
  return { OTIO_SCHEMA: "TimeRange.1", start_time: rationalTime(startFrame, rate), duration: rationalTime(durationFrames, rate) };
}

const ITEM_DEFAULTS = { effects: [], markers: [], enabled: true };

function gap(name: string, durationFrames: number, rate: FrameRate, metadata: Record<string, unknown> = {}) {
  return { OTIO_SCHEMA: "Gap.1", name, metadata, source_range: timeRange(0, durationFrames, rate), ...ITEM_DEFAULTS };
}

function segmentMetadata(item: TimelineItem) {
  return { [OTIO_METADATA_KEY]: { segment_id: item.segmentId, number: item.number, timestamp: item.timestamp, text: item.text } };
}

/**
 * The timeline as OpenTimelineIO JSON: one video track whose items follow each other (a
 * leading gap, then a clip per illustrated segment and a gap per segment without an image).
 * Clips use the `Clip.1` schema, which every OTIO reader can load (newer ones upgrade it), and
 * an `ExternalReference` to the image beside the .otio. Frame rates are OTIO's float rates
 * (24000/1001 for 23.976); every value is a whole frame count.
 */
export function writeOtio(plan: TimelinePlan): string {
  const { rate } = plan;
  const children: unknown[] = [];
  const first = plan.items[0];
  if (first && first.startFrame > 0) children.push(gap("Gap", first.startFrame, rate));
  for (const item of plan.items) {
    if (!item.file) {
      children.push(gap(gapLabel(item.number), item.durationFrames, rate, segmentMetadata(item)));
      continue;
    }
    children.push({
      OTIO_SCHEMA: "Clip.1",
      name: clipName(item.file),
      metadata: segmentMetadata(item),
      source_range: timeRange(0, item.durationFrames, rate),
      media_reference: {
        OTIO_SCHEMA: "ExternalReference.1",
        name: item.file,
        metadata: {},
        available_range: null,
        target_url: encodeURI(item.file),
      },
      ...ITEM_DEFAULTS,
    });
  }
  const timeline = {
    OTIO_SCHEMA: "Timeline.1",
    name: plan.title,
    metadata: { [OTIO_METADATA_KEY]: { width: plan.width, height: plan.height, frame_rate: rate.name } },
    global_start_time: rationalTime(0, rate),
    tracks: {
      OTIO_SCHEMA: "Stack.1",
      name: "tracks",
      metadata: {},
      source_range: null,
      ...ITEM_DEFAULTS,
      children: [{ OTIO_SCHEMA: "Track.1", name: "Storyboard", kind: "Video", metadata: {}, source_range: null, ...ITEM_DEFAULTS, children }],
    },
  };
  return `${JSON.stringify(timeline, null, 2)}\n`;
}

import { type FrameRate } from "../timeline/frame-rate";
import { clipName, type TimelinePlan } from "../timeline/plan";
import { framesToTimecode } from "../timeline/timecode";
import { buildXml, type XmlSpec } from "../timeline/xml";

/** xmeml's rate: the timebase and whether it is the NTSC (1000/1001) variant. */
function rateSpec(rate: FrameRate): XmlSpec {
  return { name: "rate", children: [{ name: "timebase", text: rate.timebase }, { name: "ntsc", text: rate.ntsc ? "TRUE" : "FALSE" }] };
}

function timecodeSpec(rate: FrameRate, frame: number): XmlSpec {
  return {
    name: "timecode",
    children: [
      rateSpec(rate),
      { name: "string", text: framesToTimecode(frame, rate) },
      { name: "frame", text: frame },
      { name: "displayformat", text: rate.dropFrame ? "DF" : "NDF" },
    ],
  };
}

/**
 * The timeline as Premiere Pro XML (xmeml version 4, Final Cut Pro 7's interchange format):
 * one video track of still clip items placed by frame (`start`/`end`), each with its file by
 * name beside the .xml. Segments without an image leave their place empty.
 */
export function writePremiereXml(plan: TimelinePlan): string {
  const { rate } = plan;
  const clips: XmlSpec[] = plan.items.flatMap((item) => {
    if (!item.file) return [];
    const id = String(item.number).padStart(3, "0");
    return [
      {
        name: "clipitem",
        attrs: { id: `clipitem-${id}` },
        children: [
          { name: "name", text: clipName(item.file) },
          { name: "enabled", text: "TRUE" },
          { name: "duration", text: item.durationFrames },
          rateSpec(rate),
          { name: "start", text: item.startFrame },
          { name: "end", text: item.startFrame + item.durationFrames },
          { name: "in", text: 0 },
          { name: "out", text: item.durationFrames },
          { name: "pixelaspectratio", text: "square" },
          { name: "stillframe", text: "TRUE" },
          { name: "anamorphic", text: "FALSE" },
          { name: "alphatype", text: "none" },
          {
            name: "file",
            attrs: { id: `file-${id}` },
            children: [
              { name: "name", text: item.file },
              { name: "pathurl", text: encodeURI(item.file) },
              rateSpec(rate),
              { name: "duration", text: item.durationFrames },
              timecodeSpec(rate, 0),
              {
                name: "media",
                children: [
                  {
                    name: "video",
                    children: [{ name: "samplecharacteristics", children: [{ name: "width", text: item.width ?? plan.width }, { name: "height", text: item.height ?? plan.height }] }],
                  },
                ],
              },
            ],
          },
        ],
      },
    ];
  });

  return buildXml(
    {
      name: "xmeml",
      attrs: { version: 4 },
      children: [
        {
          name: "sequence",
          attrs: { id: "sequence-1" },
          children: [
            { name: "name", text: plan.title },
            { name: "duration", text: plan.durationFrames },
            rateSpec(rate),
            timecodeSpec(rate, 0),
            {
              name: "media",
              children: [
                {
                  name: "video",
                  children: [
                    {
                      name: "format",
                      children: [
                        {
                          name: "samplecharacteristics",
                          children: [
                            rateSpec(rate),
                            { name: "width", text: plan.width },
                            { name: "height", text: plan.height },
                            { name: "anamorphic", text: "FALSE" },
                            { name: "pixelaspectratio", text: "square" },
                            { name: "fielddominance", text: "none" },
                          ],
                        },
                      ],
                    },
                    { name: "track", children: [...clips, { name: "enabled", text: "TRUE" }, { name: "locked", text: "FALSE" }] },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    "xmeml",
  );
}

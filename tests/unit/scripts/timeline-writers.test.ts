import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { writeFcpxml } from "@/lib/scripts/export/fcpxml";
import { writeOtio } from "@/lib/scripts/export/otio";
import { writePremiereXml } from "@/lib/scripts/export/premiere";
import { getFrameRate, type FrameRateName } from "@/lib/scripts/timeline/frame-rate";
import { planTimeline } from "@/lib/scripts/timeline/plan";

const TITLE = `Coffee & "Tea" <History> l'été`;

/** 0:00, 0:30 and 1:30 have images; 1:00 has none; the last still lasts 4 s. */
function planAt(fps: FrameRateName, aspect = "16:9") {
  const segment = (id: string, seconds: number, file: string | null, text: string) => ({ segmentId: id, seconds, timestamp: "", text, file, width: file ? 1664 : null, height: file ? 936 : null });
  return planTimeline({
    title: TITLE,
    aspect,
    rate: getFrameRate(fps),
    lastSeconds: 4,
    segments: [
      segment("a", 0, "001_0-00_intro.png", "Intro"),
      segment("b", 30, "002_0-30_beans.png", "Beans & <roasts>"),
      segment("c", 60, null, "Nothing yet"),
      segment("d", 90, "004_1-30_cup.png", "Cup"),
    ],
  });
}

// Start and length of each item in frames, for 0:00, 0:30, 1:00, 1:30 and 4 s at the end.
const EXPECTED: Record<"24" | "25" | "29.97", Array<[number, number]>> = {
  "24": [[0, 720], [720, 720], [1440, 720], [2160, 96]],
  "25": [[0, 750], [750, 750], [1500, 750], [2250, 100]],
  // 30000/1001 fps: 30 s → 899.1, 60 s → 1798.2, 90 s → 2697.3, 94 s → 2817.2 (nearest frames).
  "29.97": [[0, 899], [899, 899], [1798, 899], [2697, 120]],
};

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", preserveOrder: false, isArray: (name) => ["video", "gap", "asset", "format", "clipitem"].includes(name) });

/** "899899/30000s" or "30s" as frames at the rate. */
function frames(value: string, fps: FrameRateName): number {
  const [num, den = "1"] = value.replace(/s$/, "").split("/");
  const rate = getFrameRate(fps);
  return (Number(num) * rate.numerator) / (Number(den) * rate.denominator);
}

describe("FCPXML", () => {
  it.each(["24", "25", "29.97"] as const)("places each still at its frame at %s fps", (fps) => {
    const text = writeFcpxml(planAt(fps));
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<!DOCTYPE fcpxml>\n<fcpxml version="1.10">/);
    const doc = xml.parse(text).fcpxml;
    const sequence = doc.library.event.project.sequence;
    expect(sequence.tcFormat).toBe(fps === "29.97" ? "DF" : "NDF");
    expect(doc.resources.format[0].frameDuration).toBe({ "24": "1/24s", "25": "1/25s", "29.97": "1001/30000s" }[fps]);
    expect(doc.resources.format[0].name).toBe({ "24": "FFVideoFormat1080p24", "25": "FFVideoFormat1080p25", "29.97": "FFVideoFormat1080p2997" }[fps]);

    const videos = sequence.spine.video.map((v: Record<string, string>) => [v.name, frames(v.offset!, fps), frames(v.duration!, fps)]);
    const [a, b, c, d] = EXPECTED[fps];
    expect(videos).toEqual([
      ["001_0-00_intro", ...a!],
      ["002_0-30_beans", ...b!],
      ["004_1-30_cup", ...d!],
    ]);
    const gap = sequence.spine.gap[0];
    expect([frames(gap.offset, fps), frames(gap.duration, fps)]).toEqual(c);
    expect(gap.name).toBe("003 (no image) Nothing yet");
    expect(frames(sequence.duration, fps)).toBe(d![0] + d![1]);
    for (const value of [...sequence.spine.video, gap].flatMap((v: Record<string, string>) => [v.offset, v.duration])) expect(Number.isInteger(frames(value!, fps))).toBe(true);
  });

  it("references each image as an asset by its file name, and escapes text", () => {
    const text = writeFcpxml(planAt("25"));
    const doc = xml.parse(text).fcpxml;
    const assets = doc.resources.asset;
    expect(assets.map((asset: { "media-rep": { src: string } }) => asset["media-rep"].src)).toEqual(["001_0-00_intro.png", "002_0-30_beans.png", "004_1-30_cup.png"]);
    const ids = new Set(assets.map((asset: { id: string }) => asset.id));
    for (const video of doc.library.event.project.sequence.spine.video) expect(ids.has(video.ref)).toBe(true);
    expect(doc.library.event.project.name).toBe(TITLE);
    expect(text).toContain("Coffee &amp; &quot;Tea&quot; &lt;History&gt; l&apos;été");
    // Still formats carry the image size; the sequence the frame's.
    expect(doc.resources.format[1]).toMatchObject({ width: "1664", height: "936" });
  });

  it("opens with a gap when the first segment does not start at 0:00, and sizes vertical frames", () => {
    const plan = planAt("25", "9:16");
    for (const item of plan.items) {
      item.startFrame += 50;
    }
    const doc = xml.parse(writeFcpxml(plan)).fcpxml;
    expect(doc.resources.format[0]).toMatchObject({ width: "1080", height: "1920" });
    expect(doc.resources.format[0].name).toBeUndefined();
    expect(doc.library.event.project.sequence.spine.gap[0]).toMatchObject({ name: "Gap", offset: "0s", duration: "50/25s" });
  });

  it("drops characters XML cannot hold", () => {
    const plan = planAt("25");
    plan.title = "Bell\u0007 and\u0000 null \ud800 half";
    const text = writeFcpxml(plan);
    expect(XMLValidator.validate(text)).toBe(true);
    expect(xml.parse(text).fcpxml.library.event.project.name).toBe("Bell and null  half");
  });
});

describe("Premiere Pro XML", () => {
  it.each(["24", "25", "29.97"] as const)("places each still clip item by frame at %s fps", (fps) => {
    const text = writePremiereXml(planAt(fps));
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text).toMatch(/<!DOCTYPE xmeml>\n<xmeml version="4">/);
    const sequence = xml.parse(text).xmeml.sequence;
    const rate = { "24": [24, "FALSE"], "25": [25, "FALSE"], "29.97": [30, "TRUE"] }[fps];
    expect([sequence.rate.timebase, sequence.rate.ntsc]).toEqual(rate);
    expect(sequence.timecode.string).toBe(fps === "29.97" ? "00:00:00;00" : "00:00:00:00");
    expect(sequence.timecode.displayformat).toBe(fps === "29.97" ? "DF" : "NDF");
    const clips = sequence.media.video[0].track.clipitem.map((c: Record<string, string>) => [c.name, Number(c.start), Number(c.end) - Number(c.start), c.stillframe]);
    const [a, b, , d] = EXPECTED[fps];
    expect(clips).toEqual([
      ["001_0-00_intro", ...a!, "TRUE"],
      ["002_0-30_beans", ...b!, "TRUE"],
      ["004_1-30_cup", ...d!, "TRUE"],
    ]);
    expect(sequence.media.video[0].track.clipitem[2].file).toMatchObject({ name: "004_1-30_cup.png", pathurl: "004_1-30_cup.png" });
    expect(Number(sequence.duration)).toBe(d![0] + d![1]);
    expect(sequence.name).toBe(TITLE);
  });
});

describe("OpenTimelineIO", () => {
  it.each(["24", "25", "29.97"] as const)("lays the track out item after item at %s fps", (fps) => {
    const timeline = JSON.parse(writeOtio(planAt(fps)));
    expect(timeline.OTIO_SCHEMA).toBe("Timeline.1");
    expect(timeline.name).toBe(TITLE);
    const rate = getFrameRate(fps);
    const [track] = timeline.tracks.children;
    expect(track).toMatchObject({ OTIO_SCHEMA: "Track.1", kind: "Video" });
    let position = 0;
    const laid = track.children.map((item: { OTIO_SCHEMA: string; name: string; source_range: { duration: { rate: number; value: number } } }) => {
      expect(item.source_range.duration.rate).toBe(rate.numerator / rate.denominator);
      const at = [item.OTIO_SCHEMA, item.name, position, item.source_range.duration.value];
      position += item.source_range.duration.value;
      return at;
    });
    const [a, b, c, d] = EXPECTED[fps];
    expect(laid).toEqual([
      ["Clip.1", "001_0-00_intro", ...a!],
      ["Clip.1", "002_0-30_beans", ...b!],
      ["Gap.1", "003 (no image)", ...c!],
      ["Clip.1", "004_1-30_cup", ...d!],
    ]);
    expect(track.children[1].media_reference).toMatchObject({ OTIO_SCHEMA: "ExternalReference.1", target_url: "002_0-30_beans.png" });
    expect(track.children[1].metadata.inkwell).toEqual({ segment_id: "b", number: 2, timestamp: "", text: "Beans & <roasts>" });
  });
});

import { describe, expect, it } from "vitest";
import { writeFcpxml } from "@/lib/scripts/export/fcpxml";
import { writeOtio } from "@/lib/scripts/export/otio";
import { writePremiereXml } from "@/lib/scripts/export/premiere";
import { writeSrt, writeVtt } from "@/lib/scripts/export/subtitles";
import { getFrameRate, type FrameRateName } from "@/lib/scripts/timeline/frame-rate";
import { planTimeline } from "@/lib/scripts/timeline/plan";
import { scanSteps } from "@/lib/scripts/parse/scan";
import { readTimingFile } from "@/lib/scripts/timing/read";
import { checkXmlShape } from "@/lib/scripts/timing/xml-shape";
import { appErrorOf } from "../../support/script-fixtures";

function plan(fps: FrameRateName) {
  const segment = (id: string, seconds: number, file: string | null) => ({ segmentId: id, seconds, timestamp: "", text: `Scene ${id}`, file, width: 1664, height: 936 });
  return planTimeline({
    title: "Coffee",
    aspect: "16:9",
    rate: getFrameRate(fps),
    lastSeconds: 5,
    segments: [segment("a", 3, "001_0-03_a.png"), segment("b", 30, "002_0-30_b.png"), segment("c", 61, null), segment("d", 95, "004_1-35_d.png")],
  });
}

const startsOf = (name: string, text: string) => readTimingFile(name, text).clips.map((clip) => [clip.file ?? clip.name, Math.round(clip.start * 1000) / 1000]);
const stillsOf = (name: string, text: string) => startsOf(name, text).filter(([file]) => String(file).endsWith(".png"));

describe("reading back Inkwell's own exports", () => {
  it.each(["24", "25", "29.97", "23.976"] as const)("FCPXML, Premiere XML and OTIO at %s fps give each still's start", (fps) => {
    for (const [name, text] of [
      ["t.fcpxml", writeFcpxml(plan(fps))],
      ["t.xml", writePremiereXml(plan(fps))],
      ["t.otio", writeOtio(plan(fps))],
    ] as const) {
      const clips = stillsOf(name, text);
      expect(clips.map(([file]) => file)).toEqual(["001_0-03_a.png", "002_0-30_b.png", "004_1-35_d.png"]);
      // Within half a frame of the segment's time: rounding gives the timestamps back.
      clips.forEach(([, start], i) => expect(Math.abs((start as number) - [3, 30, 95][i]!)).toBeLessThan(0.5 / 23.9));
    }
  });

  it("reads the gaps Inkwell wrote for segments without an image", () => {
    const gaps = (name: string, text: string) => startsOf(name, text).filter(([file]) => !String(file).endsWith(".png"));
    expect(gaps("t.fcpxml", writeFcpxml(plan("25")))).toEqual([["003 (no image) Scene c", 61]]);
    expect(gaps("t.otio", writeOtio(plan("25")))).toEqual([["003 (no image)", 61]]);
    expect(readTimingFile("t.otio", writeOtio(plan("25"))).clips[2]).toMatchObject({ segmentId: "c" });
  });

  it("keeps the segment id from OTIO metadata, and subtitles' text", () => {
    expect(readTimingFile("t.otio", writeOtio(plan("25"))).clips[1]).toMatchObject({ segmentId: "b", name: "002_0-30_b" });
    const cues = readTimingFile("t.srt", writeSrt([{ seconds: 5, text: "Hi & bye" }, { seconds: 9, text: "Two" }], 3)).clips;
    expect(cues).toEqual([
      { start: 5, name: "Hi & bye", text: "Hi & bye" },
      { start: 9, name: "Two", text: "Two" },
    ]);
    expect(readTimingFile("t.vtt", writeVtt([{ seconds: 5, text: "a <b>" }], 3)).clips[0]).toMatchObject({ start: 5, text: "a <b>" });
  });

  it("recognises the format by content when the extension says nothing", () => {
    expect(readTimingFile("timeline", writeFcpxml(plan("25"))).format).toBe("fcpxml");
    expect(readTimingFile("timeline.txt", writeOtio(plan("25"))).format).toBe("otio");
    expect(readTimingFile("subs", writeVtt([{ seconds: 1, text: "x" }], 1)).format).toBe("vtt");
    expect(readTimingFile("subs", writeSrt([{ seconds: 1, text: "x" }], 1)).format).toBe("srt");
  });
});

describe("reading timelines as editors write them", () => {
  it("FCPXML from Final Cut: a sequence starting at 1:00:00, connected clips, a compound clip and a secondary storyline", () => {
    const fcpxml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE fcpxml>
<fcpxml version="1.11">
  <resources>
    <format id="r1" frameDuration="1001/30000s" width="1920" height="1080"/>
    <asset id="r2" name="001_0-00_intro" start="0s" duration="0s" hasVideo="1"><media-rep kind="original-media" src="file:///Users/me/Movies/Coffee%20film/001_0-00_intro.png"/></asset>
    <asset id="r3" name="002_0-30_beans" start="0s" duration="0s" hasVideo="1"><media-rep kind="original-media" src="file:///Users/me/Movies/Coffee%20film/002_0-30_beans.png"/></asset>
    <asset id="r4" name="003_1-00_cup" start="0s" duration="0s" hasVideo="1"><media-rep kind="original-media" src="003_1-00_cup.png"/></asset>
    <asset id="r5" name="004_1-30_end" start="0s" duration="0s" hasVideo="1"><media-rep kind="original-media" src="004_1-30_end.png"/></asset>
  </resources>
  <library><event name="E"><project name="P">
    <sequence format="r1" tcStart="3600s" tcFormat="DF" duration="100s">
      <spine>
        <video name="001_0-00_intro" ref="r2" offset="3600s" duration="32s"/>
        <gap name="Gap" offset="3632s" start="3600s" duration="30s">
          <video name="002_0-30_beans" lane="1" ref="r3" offset="3601s" duration="20s"/>
        </gap>
        <clip name="Compound" offset="3662s" start="10s" duration="30s">
          <video ref="r4" offset="10s" duration="30s"/>
          <spine lane="1" offset="20s">
            <video name="004_1-30_end" ref="r5" offset="0s" duration="5s"/>
          </spine>
        </clip>
        <title name="Credits" ref="r1" offset="3692s" duration="5s"/>
      </spine>
    </sequence>
  </project></event></library>
</fcpxml>`;
    expect(startsOf("p.fcpxml", fcpxml)).toEqual([
      ["001_0-00_intro.png", 0],
      ["002_0-30_beans.png", 33],
      ["003_1-00_cup.png", 62],
      ["004_1-30_end.png", 72],
    ]);
  });

  it("OTIO with Clip.2 media references, transitions and two video tracks", () => {
    const time = (value: number) => ({ OTIO_SCHEMA: "RationalTime.1", rate: 24, value });
    const range = (start: number, duration: number) => ({ OTIO_SCHEMA: "TimeRange.1", start_time: time(start), duration: time(duration) });
    const clip2 = (name: string, url: string, frames: number) => ({
      OTIO_SCHEMA: "Clip.2",
      name,
      source_range: range(100, frames),
      media_references: { DEFAULT_MEDIA: { OTIO_SCHEMA: "ExternalReference.1", target_url: url } },
      active_media_reference_key: "DEFAULT_MEDIA",
    });
    const otio = {
      OTIO_SCHEMA: "Timeline.1",
      name: "T",
      tracks: {
        OTIO_SCHEMA: "Stack.1",
        children: [
          {
            OTIO_SCHEMA: "Track.1",
            kind: "Video",
            children: [
              { OTIO_SCHEMA: "Gap.1", source_range: range(0, 48) },
              clip2("intro", "file:///a/001_0-00_intro.png", 240),
              { OTIO_SCHEMA: "Transition.1", in_offset: time(12), out_offset: time(12) },
              clip2("beans", "002_0-30_beans.png", 120),
            ],
          },
          { OTIO_SCHEMA: "Track.1", kind: "Audio", children: [clip2("voice", "voice.wav", 9000)] },
          { OTIO_SCHEMA: "Track.1", kind: "Video", children: [{ OTIO_SCHEMA: "Gap.1", source_range: range(0, 720) }, clip2("logo", "logo.png", 24)] },
        ],
      },
    };
    expect(startsOf("t.otio", JSON.stringify(otio))).toEqual([
      ["001_0-00_intro.png", 2],
      ["002_0-30_beans.png", 12],
      ["logo.png", 30],
    ]);
  });

  it("Premiere XML with a clip inside a transition (start -1) and files referenced by id", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE xmeml>
<xmeml version="4"><sequence><name>S</name><rate><timebase>30</timebase><ntsc>TRUE</ntsc></rate>
  <media><video><track>
    <clipitem id="c1"><name>001_0-00_intro</name><start>0</start><end>900</end><in>0</in><out>900</out>
      <file id="f1"><name>001_0-00_intro.png</name><pathurl>file://localhost/Users/me/001_0-00_intro.png</pathurl></file></clipitem>
    <transitionitem><start>885</start><end>915</end></transitionitem>
    <clipitem id="c2"><name>002_0-30_beans</name><start>-1</start><end>1800</end><in>0</in><out>900</out><file id="f2"><name>002_0-30_beans.png</name></file></clipitem>
    <clipitem id="c3"><name>again</name><start>2000</start><end>2100</end><in>0</in><out>100</out><file id="f1"/></clipitem>
  </track></video></media></sequence></xmeml>`;
    const clips = readTimingFile("s.xml", xml).clips;
    expect(clips.map((c) => [c.file, c.name, Math.round(c.start * 1000) / 1000])).toEqual([
      ["001_0-00_intro.png", "001_0-00_intro", 0],
      ["002_0-30_beans.png", "002_0-30_beans", 30.03],
      ["001_0-00_intro.png", "again", 66.733],
    ]);
  });
});

describe("bad timing files", () => {
  it.each([
    ["an empty file", "t.srt", "  \n", "The file is empty"],
    ["an unknown kind of file", "notes.txt", "Just some notes", "Choose an .srt, .vtt, .otio, .fcpxml or Premiere .xml file"],
    ["a bundle", "Project.fcpxmld", "x", "upload the Info.fcpxml file inside it"],
    ["broken XML", "t.fcpxml", "<fcpxml><resources></fcpxml>", "not well-formed XML"],
    ["XML of another kind", "t.xml", "<svg><g/></svg>", "neither FCPXML nor Premiere XML"],
    ["FCPXML without a project", "t.fcpxml", '<fcpxml version="1.10"><resources/><library><event name="E"/></library></fcpxml>', "no project with a timeline"],
    ["a malformed FCPXML time", "t.fcpxml", '<fcpxml><library><event><project><sequence><spine><video name="x" offset="1.5s" duration="1s"/></spine></sequence></project></event></library></fcpxml>', 'a malformed offset "1.5s"'],
    ["broken JSON", "t.otio", '{"OTIO_SCHEMA": "Timeline.1",', "not valid JSON"],
    ["JSON that is not a timeline", "t.otio", '{"OTIO_SCHEMA": "Clip.1"}', "holds a Clip.1, not a Timeline"],
    ["a timeline without clips", "t.otio", '{"OTIO_SCHEMA": "Timeline.1", "tracks": {"OTIO_SCHEMA": "Stack.1", "children": []}}', "no clip on a video track"],
    ["a clip without a duration", "t.otio", '{"OTIO_SCHEMA":"Timeline.1","tracks":{"OTIO_SCHEMA":"Stack.1","children":[{"OTIO_SCHEMA":"Track.1","kind":"Video","children":[{"OTIO_SCHEMA":"Clip.1","name":"x"},{"OTIO_SCHEMA":"Clip.1","name":"y"}]}]}}', 'item "x" has no duration'],
    ["a bad SRT time line", "t.srt", "1\n00:00:01,000 -> 00:00:02,000\nHi", "Line 2"],
    ["entity declarations", "t.fcpxml", `<?xml version="1.0"?><!DOCTYPE fcpxml [<!ENTITY a "${"x".repeat(200)}">]><fcpxml>&a;</fcpxml>`, "declares its own entities"],
    ["elements 65 levels deep", "t.fcpxml", `<fcpxml>${"<a>".repeat(64)}`, "more than 64 levels deep"],
    ["an element with 65 attributes", "t.fcpxml", `<fcpxml ${Array.from({ length: 65 }, (_, i) => `a${i}="1"`).join(" ")}/>`, "an element with over 64 attributes"],
    ["a tag that never ends", "t.fcpxml", `<fcpxml a="${"x".repeat(70_000)}`, "a tag or a text of over 65,536 characters"],
    ["a file that ends inside a tag", "t.fcpxml", '<fcpxml a="1"', "it ends inside a tag"],
    ["a huge text", "t.fcpxml", `<fcpxml>${"x".repeat(70_000)}</fcpxml>`, "a tag or a text of over 65,536 characters"],
    ["an OTIO file nested too deep", "t.otio", `{"OTIO_SCHEMA":"Timeline.1","x":${"[".repeat(100)}`, "line 1: the JSON is nested too deeply"],
  ])("%s is refused with a reason", (_, name, text, reason) => {
    const error = appErrorOf(() => readTimingFile(name, text));
    expect(error.code).toBe("invalid:timing");
    expect(error.status).toBe(400);
    expect(error.message).toContain(reason);
  });
});

describe("the XML shape check", () => {
  it("lets editors' timelines through: 64 levels, 64 attributes, quoted >, comments and CDATA", () => {
    const ok = `<?xml version="1.0"?><!DOCTYPE fcpxml><!-- <a><a> --><fcpxml ${Array.from({ length: 63 }, (_, i) => `a${i}="x>y"`).join(" ")}>${"<a>".repeat(63)}<![CDATA[<b><b>]]>${"</a>".repeat(63)}</fcpxml>`;
    expect(() => checkXmlShape(ok)).not.toThrow();
  });

  it.each([
    ["unclosed comments", (n: number) => "<!--".repeat(n)],
    ["declarations", (n: number) => "<!x>".repeat(n)],
    ["an unclosed quote", (n: number) => `<a b="${"x".repeat(n)}`],
    ["opening brackets", (n: number) => "<".repeat(n)],
    ["many small elements", (n: number) => `<a>${"<b c='1'/>".repeat(n / 10)}</a>`],
    ["equals signs in a tag", (n: number) => `<a ${"=".repeat(n)}`],
  ])("runs in linear time on %s", (_, make) => {
    const steps = (n: number) => {
      const before = scanSteps();
      try {
        checkXmlShape(make(n));
      } catch {
        // Refused: the work until then counts.
      }
      return scanSteps() - before;
    };
    const [few, many] = [steps(10_000), steps(40_000)];
    expect(many / few).toBeLessThan(4.6);
    expect(many / 40_000).toBeLessThan(12);
  });
});

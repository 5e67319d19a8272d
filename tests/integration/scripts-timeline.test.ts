import { createHash } from "node:crypto";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/scripts/route";
import { GET as getRoute } from "@/app/api/scripts/[id]/route";
import { POST as illustrateRoute } from "@/app/api/scripts/[id]/illustrate/route";
import { GET as exportRoute } from "@/app/api/scripts/[id]/export/route";
import { POST as timingRoute } from "@/app/api/scripts/[id]/timing/route";
import { db } from "@/lib/db/client";
import { parseScript } from "@/lib/scripts/parse";
import { configureEngine, createTestUser, drainJobs } from "../support/harness";
import { call } from "../support/routes";

type Json = Record<string, unknown>;
interface Segment {
  id: string;
  timestamp: string;
  seconds: number;
  text: string;
}

let alice: { id: string; token: string };
let bob: { id: string; token: string };
let script: { id: string; segments: Segment[] };

const LINES = ["0:00 Introduction in a modern studio", "0:30 Coffee beans & <roasts>", "1:00 A cup without an image yet", "1:30 Credits over a coffee field"];
const FILES = ["001_0-00_introduction-modern.png", "002_0-30_coffee-beans-roasts.png", "004_1-30_credits-over-coffee.png"];

beforeAll(async () => {
  configureEngine({});
  alice = await createTestUser("timeline");
  bob = await createTestUser("other");
  const created = await call(createRoute, { method: "POST", token: alice.token, body: { title: "Coffee: a film", style: "documentary", text: LINES.join("\n") } });
  script = (await created.json()) as typeof script;
  const ids = [0, 1, 3].map((i) => script.segments[i]!.id);
  expect((await call(illustrateRoute, { method: "POST", token: alice.token, params: { id: script.id }, body: { engine: "offline", segmentIds: ids } })).status).toBe(202);
  await drainJobs();
});

async function exportAs(query: string, token = alice.token) {
  return call(exportRoute, { token, params: { id: script.id }, path: `/api/scripts/${script.id}/export?${query}` });
}

async function download(query: string) {
  const res = await exportAs(query);
  expect(res.status).toBe(200);
  return { bytes: new Uint8Array(await res.response.arrayBuffer()), headers: res.response.headers };
}

async function timing(file: { name: string; text: string } | null, fields: Record<string, string> = {}, token = alice.token, id = script.id) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  if (file) form.set("file", new File([file.text], file.name));
  const request = new Request(`http://localhost/api/scripts/${id}/timing`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
  const response = await timingRoute(request, { params: Promise.resolve({ id }) });
  return { status: response.status, body: (await response.json()) as Json };
}

async function segmentsNow(): Promise<Array<[string, number]>> {
  const res = await call(getRoute, { token: alice.token, params: { id: script.id }, path: `/api/scripts/${script.id}` });
  return ((await res.json()).segments as Segment[]).map((s) => [s.timestamp, s.seconds]);
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => ["video", "asset"].includes(name) });

describe("timeline exports", () => {
  it.each([
    ["fcpxml", "script-coffee-a-film.fcpxml"],
    ["premiere", "script-coffee-a-film.xml"],
    ["otio", "script-coffee-a-film.otio"],
  ])("%s: a ZIP of the timeline and exactly the images it references", async (format, timelineName) => {
    const { bytes, headers } = await download(`format=${format}&fps=29.97`);
    expect(headers.get("content-type")).toBe("application/zip");
    expect(headers.get("content-disposition")).toBe(`attachment; filename="script-coffee-a-film-${format}.zip"`);
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual([...FILES, timelineName].sort());
    const text = new TextDecoder().decode(files[timelineName]);
    if (format === "otio") expect(JSON.parse(text).OTIO_SCHEMA).toBe("Timeline.1");
    else expect(XMLValidator.validate(text)).toBe(true);
    for (const file of FILES) {
      expect(text).toContain(file);
      const image = await db().image.findFirstOrThrow({ where: { segmentId: script.segments[Number(file.slice(0, 3)) - 1]!.id } });
      expect(createHash("sha256").update(files[file]!).digest("hex")).toBe(image.sha256);
    }
  });

  it("places the stills at their frames at the chosen rate, the last one for the chosen length", async () => {
    const { bytes } = await download("format=fcpxml&fps=25&lastSeconds=10");
    const doc = xml.parse(new TextDecoder().decode(unzipSync(bytes)["script-coffee-a-film.fcpxml"])).fcpxml;
    const videos = doc.library.event.project.sequence.spine.video.map((v: Json) => [v.name, v.offset, v.duration]);
    expect(videos).toEqual([
      ["001_0-00_introduction-modern", "0s", "750/25s"],
      ["002_0-30_coffee-beans-roasts", "750/25s", "750/25s"],
      ["004_1-30_credits-over-coffee", "2250/25s", "250/25s"],
    ]);
  });

  it.each([
    ["srt", "application/x-subrip; charset=utf-8"],
    ["vtt", "text/vtt; charset=utf-8"],
  ] as const)("%s of the segments, which create the same script again", async (format, type) => {
    const { bytes, headers } = await download(`format=${format}&lastSeconds=3`);
    expect(headers.get("content-type")).toBe(type);
    expect(headers.get("content-disposition")).toBe(`attachment; filename="script-coffee-a-film.${format}"`);
    const text = new TextDecoder().decode(bytes);
    expect(parseScript({ kind: format, text }).map((s) => [s.timestamp, s.text])).toEqual(script.segments.map((s) => [s.timestamp, s.text]));
    expect(text).toContain(format === "srt" ? "00:01:30,000 --> 00:01:33,000" : "00:01:30.000 --> 00:01:33.000");
  });

  it.each([
    ["an option of another format", "format=json&fps=25", "fps"],
    ["images inline outside the JSON", "format=zip&include=b64", "include"],
    ["a rate that is not offered", "format=otio&fps=29.970", "fps"],
    ["a last still of 0 s", "format=srt&lastSeconds=0", "lastSeconds"],
    ["a last still over 600 s", "format=fcpxml&lastSeconds=601", "lastSeconds"],
    ["an unknown format", "format=edl", "format"],
  ])("refuses %s with 400", async (_, query, field) => {
    const res = await exportAs(query);
    expect(res.status).toBe(400);
    expect(((await res.json()).fields as Json)[field]).toEqual(expect.any(String));
  });

  it("accepts the longest last still, and another user's script is 404", async () => {
    expect((await exportAs("format=srt&lastSeconds=600")).status).toBe(200);
    expect((await exportAs("format=fcpxml", bob.token)).status).toBe(404);
  });
});

describe("the JSON export", () => {
  it("gains relevance_score for each generated image", async () => {
    const json = JSON.parse(new TextDecoder().decode((await download("format=json")).bytes)) as Array<{ generated_image: Json | null }>;
    expect(json.map((s) => s.generated_image?.relevance_score ?? null)).toEqual([1, 1, null, 1]);
    expect(json[0]!.generated_image).not.toHaveProperty("b64_json");
  });

  it("inlines each image as b64_json with include=b64, in the same shape", async () => {
    const plain = JSON.parse(new TextDecoder().decode((await download("format=json")).bytes)) as Array<{ generated_image: Json | null }>;
    const text = new TextDecoder().decode((await download("format=json&include=b64")).bytes);
    const inline = JSON.parse(text) as Array<{ generated_image: (Json & { b64_json: string }) | null }>;
    expect(inline.map(({ generated_image, ...rest }) => ({ ...rest, generated_image: generated_image && { ...generated_image, b64_json: undefined } }))).toEqual(
      plain.map(({ generated_image, ...rest }) => ({ ...rest, generated_image: generated_image && { ...generated_image, b64_json: undefined } })),
    );
    expect(inline[2]!.generated_image).toBeNull();
    const image = await db().image.findFirstOrThrow({ where: { segmentId: script.segments[1]!.id } });
    const png = Buffer.from(inline[1]!.generated_image!.b64_json, "base64");
    expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(createHash("sha256").update(png).digest("hex")).toBe(image.sha256);
    expect(text.startsWith("[\n  {\n    \"timestamp\": \"0:00\",")).toBe(true);
  });
});

describe("timing back from an editor", () => {
  it("shifts the stills in an OTIO timeline, previews the changes, then applies them", async () => {
    const before = await segmentsNow();
    const { bytes } = await download("format=otio&fps=24");
    const otio = JSON.parse(new TextDecoder().decode(unzipSync(bytes)["script-coffee-a-film.otio"]));
    const items = otio.tracks.children[0].children;
    // The editor moved everything 2 s later (a longer first shot), and the last still 5 s more.
    items[0].source_range.duration.value += 48;
    items[2].source_range.duration.value += 120;
    const file = { name: "edited.otio", text: JSON.stringify(otio) };

    const preview = await timing(file);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ format: "otio", clips: 4, matched: 4, unmatched: [], ignored: [] });
    expect((preview.body.changes as Json[]).map((c) => [c.number, c.from, c.to, c.matchedBy])).toEqual([
      [2, "0:30", "0:32", "id"],
      [3, "1:00", "1:02", "id"],
      [4, "1:30", "1:37", "id"],
    ]);
    expect(await segmentsNow()).toEqual(before);

    const applied = await timing(file, { apply: "true", expect: preview.body.fingerprint as string });
    expect(applied.status).toBe(200);
    expect(applied.body.applied).toBe(3);
    expect(await segmentsNow()).toEqual([
      ["0:00", 0],
      ["0:32", 32],
      ["1:02", 62],
      ["1:37", 97],
    ]);
    // The same file again changes nothing.
    expect((await timing(file, { apply: "true" })).body).toMatchObject({ applied: 0, changes: [] });
  });

  it.each(["24", "25", "29.97"] as const)("round-trips FCPXML at %s fps: shifted offsets come back as the shifted timestamps", async (fps) => {
    const { bytes } = await download(`format=fcpxml&fps=${fps}`);
    const text = new TextDecoder().decode(unzipSync(bytes)["script-coffee-a-film.fcpxml"]);
    const current = await segmentsNow();
    const [num, den] = fps === "29.97" ? [30000, 1001] : [Number(fps), 1];
    // Each still three seconds later: offsets are frame counts × den / num seconds.
    const shifted = text.replace(/offset="(\d+)\/(\d+)s"/g, (_, n: string, d: string) => `offset="${Number(n) + Math.round((3 * num) / den) * den}/${d}s"`).replace('offset="0s" duration', `offset="${Math.round((3 * num) / den) * den}/${num}s" duration`);
    const applied = await timing({ name: "Info.fcpxml", text: shifted }, { apply: "true" });
    expect(applied.status).toBe(200);
    // The gap standing for the segment without an image moved with the others, and so did it.
    expect((await segmentsNow()).map(([, seconds]) => seconds)).toEqual(current.map(([, seconds]) => seconds + 3));
    // Back where it was, through SRT this time.
    const srt = current.map(([, seconds], i) => `${i + 1}\n00:${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")},000 --> 00:59:00,000\n${LINES[i]!.slice(5)}`);
    expect((await timing({ name: "back.srt", text: srt.join("\n\n") }, { apply: "true" })).status).toBe(200);
    expect(await segmentsNow()).toEqual(current);
  });

  it("refuses to apply changes other than the previewed ones (409)", async () => {
    const srt = "1\n00:00:00,000 --> 00:00:05,000\nIntroduction in a modern studio\n\n2\n00:00:41,000 --> 00:00:50,000\nCoffee beans & <roasts>";
    const preview = await timing({ name: "a.srt", text: srt });
    expect((preview.body.changes as Json[]).map((c) => c.to)).toContain("0:41");
    const other = srt.replace("00:00:41,000", "00:00:43,000");
    const refused = await timing({ name: "a.srt", text: other }, { apply: "true", expect: preview.body.fingerprint as string });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe("conflict:timing");
    expect((await segmentsNow())[1]).not.toEqual(["0:43", 43]);
  });

  it.each([
    ["a file that is not a timeline", { name: "notes.txt", text: "hello" }, "Choose an .srt"],
    ["broken XML", { name: "t.fcpxml", text: "<fcpxml><library>" }, "not well-formed XML"],
    ["a timeline that would reorder scenes", { name: "t.srt", text: "1\n00:00:10,000 --> 00:00:20,000\nCredits over a coffee field\n\n2\n00:00:30,000 --> 00:00:40,000\nIntroduction in a modern studio" }, "keeps the script's order"],
    ["two stills in the same second", { name: "t.srt", text: "1\n00:00:00,000 --> 00:00:01,000\nIntroduction in a modern studio\n\n2\n00:00:00,400 --> 00:00:01,000\nCoffee beans & <roasts>" }, "out of order"],
  ])("answers 400 with the reason for %s, and changes nothing", async (_, file, reason) => {
    const before = await segmentsNow();
    const res = await timing(file, { apply: "true" });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe("invalid:timing");
    expect(res.body.error).toContain(reason);
    expect(await segmentsNow()).toEqual(before);
  });

  it("checks the request: the file, the fields, the owner", async () => {
    expect((await timing(null)).status).toBe(400);
    expect((await timing({ name: "t.srt", text: "x" }, { apply: "yes" })).status).toBe(400);
    expect((await timing({ name: "t.srt", text: "x" }, { mode: "apply" })).status).toBe(400);
    expect((await timing({ name: "t.srt", text: "1\n00:00:01,000 --> 00:00:02,000\nx" }, {}, bob.token)).status).toBe(404);
    const json = await call(timingRoute, { method: "POST", token: alice.token, params: { id: script.id }, body: { file: "x" } });
    expect(json.status).toBe(415);
  });
});

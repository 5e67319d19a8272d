import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listRoute, POST as createRoute } from "@/app/api/scripts/route";
import { DELETE as deleteRoute, GET as getRoute, PATCH as patchRoute } from "@/app/api/scripts/[id]/route";
import { POST as illustrateRoute } from "@/app/api/scripts/[id]/illustrate/route";
import { GET as exportRoute } from "@/app/api/scripts/[id]/export/route";
import { GET as batchRoute } from "@/app/api/batches/[id]/route";
import { db } from "@/lib/db/client";
import { blobStore } from "@/lib/storage";
import { makeSrt } from "../support/script-fixtures";
import { configureEngine, createTestUser, drainJobs } from "../support/harness";
import { call } from "../support/routes";

type Json = Record<string, unknown>;
interface Segment {
  id: string;
  position: number;
  timestamp: string;
  seconds: number;
  text: string;
  style: string | null;
  imageId?: string | null;
  images?: Array<{ id: string }>;
}

let alice: { id: string; token: string };
let bob: { id: string; token: string };

beforeAll(async () => {
  configureEngine({});
  alice = await createTestUser("alice");
  bob = await createTestUser("bob");
});

const TEXT = "0:00 Introduction in a modern studio\n[0:30] Historical coffee plantation in 19th century Ethiopia\n1:00 - Modern coffee roasting factory";

async function create(body: unknown, token = alice.token) {
  return call(createRoute, { method: "POST", token, body, path: "/api/scripts" });
}

async function createOk(body: Json = { title: "Coffee history", style: "cinematic", text: TEXT }): Promise<{ id: string; segments: Segment[] }> {
  const res = await create(body);
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; segments: Segment[] };
}

async function upload(fields: Record<string, string>, file: { name: string; text: string } | null, token = alice.token) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  if (file) form.set("file", new File([file.text], file.name, { type: "text/plain" }));
  const request = new Request("http://localhost/api/scripts", { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
  const response = await createRoute(request, { params: Promise.resolve({}) });
  return { status: response.status, json: async () => (await response.json()) as Json };
}

async function getScript(id: string, token = alice.token) {
  return call(getRoute, { token, params: { id }, path: `/api/scripts/${id}` });
}

async function patch(id: string, body: unknown, token = alice.token) {
  return call(patchRoute, { method: "PATCH", token, params: { id }, body, path: `/api/scripts/${id}` });
}

/** A stored image of the user, optionally made for a segment. */
async function insertImage(userId: string, segmentId?: string): Promise<string> {
  const png = await sharp({ create: { width: 64, height: 36, channels: 3, background: "#888888" } }).png().toBuffer();
  const storageKey = `images/${userId}/${randomUUID()}.png`;
  await blobStore().put(storageKey, png, "image/png");
  const image = await db().image.create({
    data: { userId, kind: "scene", title: "t", prompt: "p", engine: "openai", model: "gpt-image-2", options: "{}", width: 64, height: 36, bytes: png.length, sha256: "0", storageKey, segmentId },
    select: { id: true },
  });
  return image.id;
}

describe("creating scripts", () => {
  it("parses pasted timestamped lines", async () => {
    const script = await createOk();
    expect(script).toMatchObject({ title: "Coffee history", style: "cinematic", customStyle: null, aspect: "16:9" });
    expect(script.segments.map((s) => [s.position, s.timestamp, s.seconds, s.text, s.style])).toEqual([
      [0, "0:00", 0, "Introduction in a modern studio", null],
      [1, "0:30", 30, "Historical coffee plantation in 19th century Ethiopia", null],
      [2, "1:00", 60, "Modern coffee roasting factory", null],
    ]);
    expect(script.segments.every((s) => typeof s.id === "string" && s.id.length > 0)).toBe(true);
  });

  it("takes a segment list, or a pasted JSON list, with aspect and custom style", async () => {
    const list = [
      { timestamp: "0:00", text: "A lighthouse at night" },
      { timestamp: "1:02:03", text: "Waves on the rocks" },
    ];
    const fromList = await createOk({ title: "Sea", style: "custom", customStyle: "linocut print, two inks", aspect: "9:16", segments: list });
    expect(fromList).toMatchObject({ style: "custom", customStyle: "linocut print, two inks", aspect: "9:16" });
    expect(fromList.segments.map((s) => s.timestamp)).toEqual(["0:00", "1:02:03"]);
    const fromText = await createOk({ title: "Sea", style: "minimalist", aspect: "1:1", text: JSON.stringify(list, null, 2) });
    expect(fromText.segments.map((s) => s.seconds)).toEqual([0, 3723]);
  });

  it("imports an SRT file (multipart), merging cues when asked", async () => {
    const res = await upload({ title: "Long video", style: "documentary" }, { name: "video.srt", text: makeSrt(1) });
    expect(res.status).toBe(201);
    const oneEach = (await res.json()).segments as Segment[];
    expect(oneEach).toHaveLength(20);
    expect(oneEach[1]).toMatchObject({ timestamp: "0:03", text: "Cue number 2 of the long video, second line." });
    const merged = await upload({ title: "Long video", style: "documentary", mergeSeconds: "30" }, { name: "video.srt", text: makeSrt(1) });
    expect(merged.status).toBe(201);
    expect(((await merged.json()).segments as Segment[]).length).toBeLessThan(5);
  });

  it("imports WebVTT, as a file or pasted", async () => {
    const vtt = "WEBVTT\n\n00:01.000 --> 00:04.000\nA fox in the snow\n\n00:05.500 --> 00:08.000\n<v Host>The fox runs</v>\n";
    const file = await upload({ title: "Fox", style: "cartoon" }, { name: "fox.vtt", text: vtt });
    expect(file.status).toBe(201);
    expect(((await file.json()).segments as Segment[]).map((s) => [s.timestamp, s.text])).toEqual([
      ["0:01", "A fox in the snow"],
      ["0:05", "The fox runs"],
    ]);
    const pasted = await createOk({ title: "Fox", style: "cartoon", text: vtt });
    expect(pasted.segments).toHaveLength(2);
  });

  it("refuses a bad script with its line and reason, saving nothing", async () => {
    const before = await db().script.count({ where: { userId: alice.id } });
    const res = await create({ title: "Bad", style: "cinematic", text: "0:00 Opening\n\n0:75 Coffee plantation" });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body).toMatchObject({ code: "invalid:script", line: 3 });
    expect(String(body.error)).toMatch(/0:75/);
    const order = await create({ title: "Bad", style: "cinematic", segments: [{ timestamp: "0:30", text: "a" }, { timestamp: "0:10", text: "b" }] });
    expect(await order.json()).toMatchObject({ code: "invalid:script", line: 2 });
    const srt = await upload({ title: "Bad", style: "cinematic" }, { name: "bad.srt", text: "1\n00:00:01,000 --> 00:00:02,000\nHello\n\n2\nnot a time line\nWorld\n" });
    expect(srt.status).toBe(400);
    expect(await srt.json()).toMatchObject({ code: "invalid:script", line: 6 });
    expect(await db().script.count({ where: { userId: alice.id } })).toBe(before);
  });

  it("validates the fields: style, custom style, both text and segments, a missing file", async () => {
    const res = await create({ title: "", style: "noir", text: "0:00 a" });
    expect(res.status).toBe(400);
    expect(Object.keys((await res.json()).fields as object)).toEqual(expect.arrayContaining(["title", "style"]));
    const custom = await create({ title: "x", style: "custom", text: "0:00 a" });
    expect((await custom.json()).fields).toHaveProperty("customStyle");
    const both = await create({ title: "x", style: "cinematic", text: "0:00 a", segments: [] });
    expect(both.status).toBe(400);
    const noFile = await upload({ title: "x", style: "cinematic" }, null);
    expect(noFile.status).toBe(400);
    expect((await noFile.json()).fields).toHaveProperty("file");
  });
});

describe("reading, changing and deleting scripts", () => {
  it("lists the user's scripts with counts, and shows one with its segments and estimate", async () => {
    const script = await createOk({ title: "Listed", style: "cartoon", text: TEXT });
    await db().segment.update({ where: { id: script.segments[0]!.id }, data: { imageId: await insertImage(alice.id, script.segments[0]!.id) } });
    const list = await (await call(listRoute, { token: alice.token })).json();
    const item = (list.items as Json[]).find((i) => i.id === script.id);
    expect(item).toMatchObject({ title: "Listed", style: "cartoon", aspect: "16:9", segmentCount: 3, illustratedCount: 1 });
    expect(((await (await call(listRoute, { token: bob.token })).json()).items as Json[]).some((i) => i.id === script.id)).toBe(false);

    const view = await (await getScript(script.id)).json();
    expect(view).toMatchObject({ id: script.id, references: [], batch: null, estimate: { engine: "offline", model: "offline-composer", perImageUsd: 0, totalUsd: 0, segments: 2 } });
    const segments = view.segments as Array<Segment & { image: Json | null; job: Json | null }>;
    expect(segments[0]!.image).toMatchObject({ id: segments[0]!.imageId, segmentId: segments[0]!.id });
    expect(segments[0]!.images).toHaveLength(1);
    expect(segments[1]).toMatchObject({ imageId: null, image: null, images: [], job: null });
  });

  it("estimates the OpenAI cost of the segments still without an image", async () => {
    const script = await createOk();
    const res = await call(getRoute, { token: alice.token, params: { id: script.id }, path: `/api/scripts/${script.id}?engine=openai&quality=high` });
    const { estimate } = await res.json();
    expect(estimate).toMatchObject({ engine: "openai", model: "gpt-image-2.6-sunburst", quality: "high", segments: 3 });
    const { perImageUsd, totalUsd } = estimate as { perImageUsd: number; totalUsd: number };
    expect(perImageUsd).toBeGreaterThan(0);
    expect(totalUsd).toBeCloseTo(perImageUsd * 3, 6);
  });

  it("renames, restyles and edits, reorders, adds and removes segments", async () => {
    const script = await createOk();
    const [a, b, c] = script.segments as [Segment, Segment, Segment];
    const res = await patch(script.id, {
      title: "Coffee, the story",
      style: "documentary",
      aspect: "9:16",
      segments: [
        { id: b.id, timestamp: "0:00", text: "  Plantation   first ", style: "cartoon" },
        { id: a.id, timestamp: "00:40", text: a.text },
        { timestamp: "1:30", text: "A new closing scene" },
      ],
    });
    expect(res.status).toBe(200);
    const view = await res.json();
    expect(view).toMatchObject({ title: "Coffee, the story", style: "documentary", aspect: "9:16" });
    expect((view.segments as Segment[]).map((s) => [s.id === b.id ? "b" : s.id === a.id ? "a" : "new", s.position, s.timestamp, s.seconds, s.text, s.style])).toEqual([
      ["b", 0, "0:00", 0, "Plantation first", "cartoon"],
      ["a", 1, "0:40", 40, a.text, null],
      ["new", 2, "1:30", 90, "A new closing scene", null],
    ]);
    expect(await db().segment.findUnique({ where: { id: c.id } })).toBeNull();
  });

  it("validates edited segments like the parser, with the segment number", async () => {
    const script = await createOk();
    const [a, b] = script.segments as [Segment, Segment];
    const order = await patch(script.id, { segments: [{ id: a.id, timestamp: "0:30", text: "x" }, { id: b.id, timestamp: "0:10", text: "y" }] });
    expect(order.status).toBe(400);
    expect(await order.json()).toMatchObject({ code: "invalid:script", line: 2 });
    const empty = await patch(script.id, { segments: [{ id: a.id, timestamp: "0:00", text: "   " }] });
    expect(await empty.json()).toMatchObject({ code: "invalid:script", line: 1 });
    const badTime = await patch(script.id, { segments: [{ timestamp: "0:00", text: "x" }, { timestamp: "0:7", text: "y" }] });
    expect(await badTime.json()).toMatchObject({ code: "invalid:script", line: 2 });
    const tooLong = await patch(script.id, { segments: [{ timestamp: "0:00", text: "x".repeat(1001) }] });
    expect(await tooLong.json()).toMatchObject({ code: "invalid:script", line: 1 });
    const twice = await patch(script.id, { segments: [{ id: a.id, timestamp: "0:00", text: "x" }, { id: a.id, timestamp: "0:10", text: "y" }] });
    expect(await twice.json()).toMatchObject({ code: "invalid:script", line: 2 });
    const other = await createOk();
    const foreign = await patch(script.id, { segments: [{ id: other.segments[0]!.id, timestamp: "0:00", text: "x" }] });
    expect(foreign.status).toBe(404);
    expect((await (await getScript(script.id)).json()).segments).toHaveLength(3);
  });

  it("sets references and choices, refusing other users' images and other segments' images", async () => {
    const script = await createOk();
    const [a, b] = script.segments as [Segment, Segment];
    const mine = await insertImage(alice.id);
    const bobs = await insertImage(bob.id);
    const forA = await insertImage(alice.id, a.id);
    const forA2 = await insertImage(alice.id, a.id);

    expect((await patch(script.id, { references: [bobs] })).status).toBe(404);
    const withRef = await (await patch(script.id, { references: [mine, mine] })).json();
    expect((withRef.references as Json[]).map((r) => r.id)).toEqual([mine]);

    expect((await patch(script.id, { choices: [{ segmentId: b.id, imageId: forA }] })).status).toBe(400);
    expect((await patch(script.id, { choices: [{ segmentId: a.id, imageId: bobs }] })).status).toBe(404);
    const other = await createOk();
    expect((await patch(script.id, { choices: [{ segmentId: other.segments[0]!.id, imageId: forA }] })).status).toBe(404);

    const chosen = await (await patch(script.id, { choices: [{ segmentId: a.id, imageId: forA2 }] })).json();
    const segA = (chosen.segments as Segment[]).find((s) => s.id === a.id)!;
    expect(segA.imageId).toBe(forA2);
    expect(segA.images!.map((i) => i.id).sort()).toEqual([forA, forA2].sort());
    const cleared = await (await patch(script.id, { choices: [{ segmentId: a.id, imageId: null }] })).json();
    expect((cleared.segments as Segment[])[0]!.imageId).toBeNull();
  });

  it("hides a script from another user: 404 everywhere", async () => {
    const script = await createOk();
    expect((await getScript(script.id, bob.token)).status).toBe(404);
    expect((await patch(script.id, { title: "mine now" }, bob.token)).status).toBe(404);
    expect((await call(deleteRoute, { method: "DELETE", token: bob.token, params: { id: script.id } })).status).toBe(404);
    expect((await call(illustrateRoute, { method: "POST", token: bob.token, params: { id: script.id }, body: {} })).status).toBe(404);
    expect((await call(exportRoute, { token: bob.token, params: { id: script.id }, path: `/api/scripts/${script.id}/export?format=json` })).status).toBe(404);
    expect((await (await getScript(script.id)).json()).title).toBe("Coffee history");
  });

  it("deletes a script with its segments, batches and jobs, keeping the images", async () => {
    const script = await createOk();
    const image = await insertImage(alice.id, script.segments[0]!.id);
    const started = await call(illustrateRoute, { method: "POST", token: alice.token, params: { id: script.id }, body: {}, path: `/api/scripts/${script.id}/illustrate` });
    expect(started.status).toBe(202);
    const { batchId } = (await started.json()) as { batchId: string };
    const res = await call(deleteRoute, { method: "DELETE", token: alice.token, params: { id: script.id } });
    expect(res.status).toBe(204);
    expect((await getScript(script.id)).status).toBe(404);
    expect(await db().segment.count({ where: { scriptId: script.id } })).toBe(0);
    expect(await db().batch.count({ where: { id: batchId } })).toBe(0);
    expect(await db().job.count({ where: { batchId } })).toBe(0);
    expect(await db().image.findUnique({ where: { id: image }, select: { segmentId: true } })).toEqual({ segmentId: null });
  });
});

describe("illustrating with the offline engine", () => {
  it("draws every segment without an image as an exact free frame, with the artwork's license in the export", async () => {
    const script = await createOk({ title: "Shorts", style: "cartoon", aspect: "9:16", text: TEXT });
    const started = await call(illustrateRoute, { method: "POST", token: alice.token, params: { id: script.id }, body: {} });
    expect(started.status).toBe(202);
    const { batchId, jobIds, estimatedCostUsd } = (await started.json()) as { batchId: string; jobIds: string[]; estimatedCostUsd: number };
    expect(jobIds).toHaveLength(3);
    expect(estimatedCostUsd).toBe(0);
    await drainJobs();
    const batch = await (await call(batchRoute, { token: alice.token, params: { id: batchId } })).json();
    expect(batch).toMatchObject({ status: "finished", progress: 100, costUsd: 0, counts: { total: 3, done: 3, failed: 0, canceled: 0, remaining: 0 } });
    const view = await (await getScript(script.id)).json();
    for (const segment of view.segments as Array<{ image: { width: number; height: number; engine: string; kind: string } | null }>) {
      expect(segment.image).toMatchObject({ width: 1080, height: 1920, engine: "offline", kind: "scene" });
    }
    const exported = await call(exportRoute, { token: alice.token, params: { id: script.id }, path: `/api/scripts/${script.id}/export?format=json` });
    const rows = JSON.parse(Buffer.from(await exported.response.arrayBuffer()).toString("utf8")) as Array<{ generated_image: Json }>;
    expect(rows[0]!.generated_image).toMatchObject({ source: "offline-composer", license: "CC-BY-4.0 artwork (Twemoji)", cost: 0, style: "cartoon" });
  });
});

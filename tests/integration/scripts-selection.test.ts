import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/scripts/route";
import { GET as getRoute, PATCH as patchRoute } from "@/app/api/scripts/[id]/route";
import { unzipSync } from "fflate";
import { GET as exportRoute } from "@/app/api/scripts/[id]/export/route";
import { POST as illustrateRoute } from "@/app/api/scripts/[id]/illustrate/route";
import { db } from "@/lib/db/client";
import { startFakeOpenAI, type FakeOpenAI } from "../support/openai-server";
import { configureEngine, createTestUser, drainJobs } from "../support/harness";
import { call } from "../support/routes";

type Json = Record<string, unknown>;
interface Script {
  id: string;
  segments: Array<{ id: string }>;
}

let server: FakeOpenAI;
let alice: { id: string; token: string };
let bob: { id: string; token: string };

beforeAll(async () => {
  server = await startFakeOpenAI({});
  configureEngine({ openaiUrl: server.url, extra: { OPENAI_MAX_RETRIES: "0", OPENAI_PARTIAL_IMAGES: "0" } });
  alice = await createTestUser("alice");
  bob = await createTestUser("bob");
});
afterAll(async () => server.close());

async function createScript(token: string, count: number): Promise<Script> {
  const segments = Array.from({ length: count }, (_, i) => ({ timestamp: `${Math.floor(i / 60)}:${String(i % 60).padStart(2, "0")}`, text: `Scene ${i + 1}: a lighthouse at dusk` }));
  const res = await call(createRoute, { method: "POST", token, body: { title: "Selection", style: "documentary", segments } });
  expect(res.status).toBe(201);
  return (await res.json()) as unknown as Script;
}

const illustrate = (token: string, id: string, body: Json) => call(illustrateRoute, { method: "POST", token, params: { id }, body });
async function estimate(token: string, id: string, query: string): Promise<{ status: number; body: Json }> {
  const res = await call(getRoute, { token, params: { id }, path: `/api/scripts/${id}?${query}` });
  return { status: res.status, body: await res.json() };
}
const imagesOf = (segmentId: string) => db().image.count({ where: { segmentId } });

describe("illustrating a selection", () => {
  it("draws only the selected segments without an image, and draws them again with redraw", async () => {
    const script = await createScript(alice.token, 4);
    const [s0, s1, s2, s3] = script.segments.map((s) => s.id) as [string, string, string, string];
    const first = await illustrate(alice.token, script.id, { engine: "offline", segmentIds: [s0, s1] });
    expect(first.status).toBe(202);
    expect((await first.json()).jobIds).toHaveLength(2);
    await drainJobs();
    expect([await imagesOf(s0), await imagesOf(s1), await imagesOf(s2), await imagesOf(s3)]).toEqual([1, 1, 0, 0]);

    // Without redraw a selected segment that has an image is left alone.
    expect((await estimate(alice.token, script.id, `engine=offline&segments=${s0},${s2}`)).body.estimate).toMatchObject({ segments: 1 });
    const second = await illustrate(alice.token, script.id, { engine: "offline", segmentIds: [s0, s2] });
    expect((await second.json()).jobIds).toHaveLength(1);
    await drainJobs();
    expect([await imagesOf(s0), await imagesOf(s2)]).toEqual([1, 1]);

    const none = await illustrate(alice.token, script.id, { engine: "offline", segmentIds: [s0, s1] });
    expect(none.status).toBe(409);
    expect((await none.json()).code).toBe("conflict:nothing_to_illustrate");

    expect((await estimate(alice.token, script.id, `engine=offline&segments=${s0},${s1}&redraw=true`)).body.estimate).toMatchObject({ segments: 2 });
    const redraw = await illustrate(alice.token, script.id, { engine: "offline", segmentIds: [s0, s1], redraw: true });
    expect(redraw.status).toBe(202);
    expect((await redraw.json()).jobIds).toHaveLength(2);
    await drainJobs();
    expect([await imagesOf(s0), await imagesOf(s1), await imagesOf(s2), await imagesOf(s3)]).toEqual([2, 2, 1, 0]);
    // Without a selection the estimate stays the script's: the one segment still without an image.
    expect((await estimate(alice.token, script.id, "engine=offline")).body.estimate).toMatchObject({ segments: 1 });
  });

  it("refuses an empty selection, a repeated id, and more than 300 ids; 300 pass validation", async () => {
    const script = await createScript(alice.token, 300);
    const ids = script.segments.map((s) => s.id);
    for (const segmentIds of [[], [ids[0], ids[0]], [...ids, "one-more"]]) {
      const res = await illustrate(alice.token, script.id, { engine: "offline", segmentIds });
      expect(res.status).toBe(400);
      expect((await res.json()).code).toMatch(/^invalid/);
    }
    expect((await estimate(alice.token, script.id, `segments=${[...ids, "one-more"].join(",")}`)).status).toBe(400);
    expect((await estimate(alice.token, script.id, `segments=${ids[1]},${ids[1]}`)).status).toBe(400);
    expect((await estimate(alice.token, script.id, "segments=")).status).toBe(400);
    const all = await estimate(alice.token, script.id, `engine=offline&segments=${ids.join(",")}`);
    expect(all.status).toBe(200);
    expect(all.body.estimate).toMatchObject({ segments: 300 });
    // 300 ids are accepted; a budget of nothing then refuses them as one, queuing nothing.
    await db().user.update({ where: { id: alice.id }, data: { budgetUsd: 0 } });
    try {
      const res = await illustrate(alice.token, script.id, { engine: "openai", segmentIds: ids });
      expect(res.status).toBe(402);
      expect(await db().job.count({ where: { segment: { scriptId: script.id } } })).toBe(0);
    } finally {
      await db().user.update({ where: { id: alice.id }, data: { budgetUsd: null } });
    }
  });

  it("answers 404 for a segment of another script or of another user, and for another user's script", async () => {
    const mine = await createScript(alice.token, 2);
    const other = await createScript(alice.token, 1);
    const bobs = await createScript(bob.token, 1);
    for (const foreign of [other.segments[0]!.id, bobs.segments[0]!.id, "no-such-segment"]) {
      const res = await illustrate(alice.token, mine.id, { engine: "offline", segmentIds: [mine.segments[0]!.id, foreign] });
      expect(res.status).toBe(404);
      expect((await res.json()).code).toBe("not_found:segment");
      expect((await estimate(alice.token, mine.id, `segments=${foreign}`)).status).toBe(404);
    }
    expect((await illustrate(bob.token, mine.id, { engine: "offline", segmentIds: [mine.segments[0]!.id] })).status).toBe(404);
    expect(await db().job.count({ where: { segment: { scriptId: mine.id } } })).toBe(0);
  });

  it("checks the budget against the whole selection: exactly enough passes, one image more queues nothing", async () => {
    const user = await createTestUser("budget");
    const script = await createScript(user.token, 3);
    const ids = script.segments.map((s) => s.id);
    const one = await estimate(user.token, script.id, `engine=openai&quality=high&segments=${ids[0]}`);
    const perImageUsd = (one.body.estimate as { totalUsd: number }).totalUsd;
    expect(perImageUsd).toBeGreaterThan(0);
    const three = await estimate(user.token, script.id, `engine=openai&quality=high&segments=${ids.join(",")}`);
    expect(three.body.estimate).toMatchObject({ segments: 3 });
    expect((three.body.estimate as { totalUsd: number }).totalUsd).toBeCloseTo(perImageUsd * 3, 6);

    await db().user.update({ where: { id: user.id }, data: { budgetUsd: perImageUsd * 2 } });
    const over = await illustrate(user.token, script.id, { engine: "openai", quality: "high", segmentIds: ids });
    expect(over.status).toBe(402);
    expect((await over.json()).code).toBe("budget:exceeded");
    expect(await db().job.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().batch.count({ where: { userId: user.id } })).toBe(0);

    const inside = await illustrate(user.token, script.id, { engine: "openai", quality: "high", segmentIds: ids.slice(0, 2) });
    expect(inside.status).toBe(202);
    expect((await inside.json()).jobIds).toHaveLength(2);
    await drainJobs();
    expect(server.requests.filter((r) => r.path.startsWith("/v1/images/"))).toHaveLength(2);
  });
});

describe("styling and deleting a selection with one PATCH", () => {
  it("sets the override on the selected segments, clears it on another, and removes others, keeping ids", async () => {
    const script = await createScript(alice.token, 4);
    const view = (await (await estimate(alice.token, script.id, "")).body) as { segments: Array<{ id: string; timestamp: string; text: string; style: string | null }> };
    const [a, b, c] = view.segments as [(typeof view.segments)[number], (typeof view.segments)[number], (typeof view.segments)[number]];
    // The storyboard sends every kept segment once: the selection's new style, the deleted ones left out.
    const segments = [
      { id: a.id, timestamp: a.timestamp, text: a.text, style: "cartoon" },
      { id: b.id, timestamp: b.timestamp, text: b.text, style: "cartoon" },
      { id: c.id, timestamp: c.timestamp, text: c.text, style: null },
    ];
    const res = await call(patchRoute, { method: "PATCH", token: alice.token, params: { id: script.id }, body: { segments } });
    expect(res.status).toBe(200);
    const saved = (await res.json()).segments as Array<{ id: string; style: string | null }>;
    expect(saved.map((s) => [s.id, s.style])).toEqual([
      [a.id, "cartoon"],
      [b.id, "cartoon"],
      [c.id, null],
    ]);
    expect((await call(patchRoute, { method: "PATCH", token: bob.token, params: { id: script.id }, body: { segments } })).status).toBe(404);
  });
});

describe("exporting a selection", () => {
  const exportOf = (token: string, id: string, query: string) => call(exportRoute, { token, params: { id }, path: `/api/scripts/${id}/export?${query}` });

  it("exports only the selected segments as JSON and ZIP; a foreign or repeated id is refused", async () => {
    const script = await createScript(alice.token, 3);
    const [s0, s1, s2] = script.segments.map((s) => s.id) as [string, string, string];
    expect((await illustrate(alice.token, script.id, { engine: "offline" })).status).toBe(202);
    await drainJobs();
    const json = await exportOf(alice.token, script.id, `format=json&segments=${s2},${s0}`);
    expect(json.status).toBe(200);
    const rows = JSON.parse(Buffer.from(await json.response.arrayBuffer()).toString("utf8")) as unknown[];
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows)).toContain("Scene 1:");
    expect(JSON.stringify(rows)).toContain("Scene 3:");
    expect(JSON.stringify(rows)).not.toContain("Scene 2:");

    const whole = unzipSync(new Uint8Array(await (await exportOf(alice.token, script.id, "format=zip")).response.arrayBuffer()));
    const zip = await exportOf(alice.token, script.id, `format=zip&segments=${s1}`);
    expect(zip.status).toBe(200);
    const files = unzipSync(new Uint8Array(await zip.response.arrayBuffer()));
    const images = (names: string[]) => names.filter((n) => n.endsWith(".png"));
    expect(images(Object.keys(whole))).toHaveLength(3);
    // The one frame is the second of the whole export, under the same name.
    expect(images(Object.keys(files))).toEqual([images(Object.keys(whole)).sort()[1]]);

    const other = await createScript(alice.token, 1);
    expect((await exportOf(alice.token, script.id, `format=zip&segments=${other.segments[0]!.id}`)).status).toBe(404);
    expect((await exportOf(bob.token, script.id, `format=json&segments=${s0}`)).status).toBe(404);
    expect((await exportOf(alice.token, script.id, `format=json&segments=${s0},${s0}`)).status).toBe(400);
    expect((await exportOf(alice.token, script.id, "format=json&segments=")).status).toBe(400);
  });
});

import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as modelsRoute } from "@/app/api/models/route";
import { POST as coloringRoute } from "@/app/api/coloring-pages/route";
import { POST as estimateRoute } from "@/app/api/coloring-pages/estimate/route";
import { POST as createScriptRoute } from "@/app/api/scripts/route";
import { POST as illustrateRoute } from "@/app/api/scripts/[id]/illustrate/route";
import { POST as editRoute } from "@/app/api/images/[id]/edits/route";
import { POST as variationsRoute } from "@/app/api/images/[id]/variations/route";
import { db } from "@/lib/db/client";
import { getEngine } from "@/lib/images/engines";
import { safetyIdentifier } from "@/lib/images/engines/openai/safety-identifier";
import { resetModelCatalogForTests } from "@/lib/images/lifecycle";
import { parseSvg } from "@/lib/images/svg";
import { startFakeOpenAI, type FakeOpenAI } from "../support/openai-server";
import { configureEngine, createTestUser, drainJobs } from "../support/harness";
import { call } from "../support/routes";

type Json = Record<string, unknown>;
const NEW_MODELS = ["gpt-image-2.5-flare", "gpt-image-2.5-flare-2026-09-08", "gpt-image-2.5-sunburst", "gpt-image-2.5-sunburst-2026-09-08", "gpt-image-2.6-flare", "gpt-image-2.6-sunburst"];
const SECRET = process.env.AUTH_SECRET!;

let server: FakeOpenAI;
let alice: { id: string; token: string };
let bob: { id: string; token: string };

beforeAll(async () => {
  server = await startFakeOpenAI({ today: "2026-12-01" });
  alice = await createTestUser("alice");
  bob = await createTestUser("bob");
});
afterAll(async () => server.close());
beforeEach(async () => {
  server.reset();
  resetModelCatalogForTests();
  configureEngine({ openaiUrl: server.url, extra: { OPENAI_MAX_RETRIES: "0", OPENAI_PARTIAL_IMAGES: "1", OPENAI_ALLOWED_IMAGE_MODELS: "" } });
  await db().job.deleteMany({});
});

const imageRequests = () => server.requests.filter((r) => r.path.startsWith("/v1/images/"));
const bodyOf = (i: number) => imageRequests()[i]!.body as Json;
const png = (width: number, height: number, alpha: number) => sharp({ create: { width, height, channels: 4, background: { r: 40, g: 40, b: 40, alpha } } }).png().toBuffer();

describe("each new model through the engine", () => {
  it("generates and edits with every 2.5 and 2.6 model, every request valid against the patched spec", async () => {
    for (const model of NEW_MODELS) {
      const engine = getEngine("openai", { model });
      expect(engine.model).toBe(model);
      const scene = { purpose: "scene" as const, text: "A lighthouse", style: "cartoon" as const, prompt: "A lighthouse at dusk", seed: 1, width: 1536, height: 1024, quality: "low" as const, complexity: "high" as const };
      const drawn = await engine.generate(scene, { userId: alice.id, onPartial: () => undefined });
      expect([drawn.model, drawn.width, drawn.height]).toEqual([model, 1536, 1024]);
      expect(drawn.usage.costMicroUsd).toBeGreaterThan(0);
      const image = await png(1024, 1024, 1);
      const markup = model.startsWith("gpt-image-2.5") ? await png(1024, 1024, 0) : undefined;
      const edited = await engine.edit({ image, markup, mask: markup ? undefined : await png(1024, 1024, 0), prompt: "Add a moon", width: 1024, height: 1024, quality: "medium", complexity: "low" }, { userId: alice.id });
      expect(edited.model).toBe(model);
    }
    expect(imageRequests()).toHaveLength(NEW_MODELS.length * 2);
    for (const request of imageRequests()) expect(request.errors, `${request.path} ${(request.body as Json).model}`).toEqual([]);
    // Only what each model takes is sent.
    expect(bodyOf(0)).not.toHaveProperty("complexity");
    expect(bodyOf(1)).toHaveProperty("markup");
    const flare26 = NEW_MODELS.indexOf("gpt-image-2.6-flare") * 2;
    expect(bodyOf(flare26)).toMatchObject({ complexity: "high", stream: true, partial_images: 1 });
    expect(bodyOf(flare26 + 1)).toMatchObject({ complexity: "low", mask: expect.any(Object) });
  });

  it("asks a vector page as SVG, keeps it safe, and prices its author", async () => {
    const engine = getEngine("openai", { model: "gpt-image-2.6-flare" });
    const options = { ageGroup: "6-9" as const, paper: "letter" as const, orientation: "portrait" as const, reference: false, title: false, quality: "low" as const };
    const image = await engine.generate({ purpose: "coloring", theme: "a fox", scene: "a fox", prompt: "A fox, line art", options, seed: 1, width: 1024, height: 1536, vector: true }, { userId: alice.id, onPartial: () => undefined });
    const sent = bodyOf(0);
    expect(sent).toMatchObject({ output_format: "svg", n: 1 });
    expect(sent).not.toHaveProperty("stream");
    expect(imageRequests()[0]!.valid).toBe(true);
    expect(image.svg).toBeDefined();
    expect(parseSvg(image.svg!).name).toBe("svg");
    expect(image.svg).not.toMatch(/<script|\son\w+=/i);
    expect([image.width, image.height]).toEqual([1024, 1536]);
    expect(image.usage.svg).toMatchObject({ model: "gpt-5.6-sol", reasoningTokens: 950 });
    expect(image.usage.costMicroUsd).toBeGreaterThan(image.usage.svg!.costMicroUsd);
    await expect(getEngine("openai", { model: "gpt-image-2.5-flare" }).generate({ purpose: "coloring", theme: "x", scene: "x", prompt: "x", options, seed: 1, width: 1024, height: 1536, vector: true }, { userId: alice.id })).rejects.toMatchObject({ code: "unsupported:model_feature", status: 400 });
    expect(imageRequests()).toHaveLength(1);
  });
});

describe("safety_identifier", () => {
  it("goes with every image and text call: present, stable per user, different between users, never the id", async () => {
    for (const user of [alice, alice, bob]) {
      const res = await call(coloringRoute, { method: "POST", token: user.token, body: { theme: `a whale for ${user.id === alice.id ? "alice" : "bob"}`, engine: "openai", quality: "low", regenerate: true } });
      expect(res.status).toBe(202);
      await drainJobs();
    }
    const calls = server.requests.filter((r) => r.path === "/v1/images/generations" || r.path === "/v1/chat/completions");
    expect(calls).toHaveLength(6);
    const ids = calls.map((r) => (r.body as Json).safety_identifier);
    expect(ids.every((id) => typeof id === "string" && /^[0-9a-f]{64}$/.test(id))).toBe(true);
    expect(new Set(ids.slice(0, 4)).size).toBe(1);
    expect(ids[4]).toBe(ids[5]);
    expect(ids[4]).not.toBe(ids[0]);
    expect(ids[0]).toBe(safetyIdentifier(alice.id, SECRET));
    const everything = JSON.stringify(server.requests.map((r) => r.body));
    for (const user of [alice, bob]) expect(everything).not.toContain(user.id);
    expect(calls.every((r) => r.valid)).toBe(true);
  });
});

describe("GET /api/models", () => {
  it("needs a user", async () => {
    expect((await call(modelsRoute, { token: "ink_not-a-real-token-0000" })).status).toBe(401);
  });

  it("lists the allowed models with capabilities, prices, speed and status", async () => {
    const res = await call(modelsRoute, { token: alice.token });
    expect(res.status).toBe(200);
    const list = (await res.json()) as { openai: boolean; defaults: Json; models: Array<Json & { id: string }> };
    expect(list).toMatchObject({ openai: true, defaults: { page: "gpt-image-2.6-flare", scene: "gpt-image-2.6-sunburst" } });
    const ids = list.models.map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(NEW_MODELS));
    expect(ids).not.toContain("gpt-image-1.5");
    const flare = list.models.find((m) => m.id === "gpt-image-2.6-flare")!;
    expect(flare).toMatchObject({
      speed: "fast",
      status: "available",
      defaultFor: ["page"],
      capabilities: { sizing: "fixed", qualities: ["low", "medium", "high", "auto"], complexity: true, vector: true, edits: { mask: true, markup: false }, maxInputImages: 16 },
      prices: { textInput: 5, imageInput: 8, imageOutput: 30, checkedOn: "2026-12-01" },
    });
    expect((flare.typicalCostUsd as { page: Json }).page.high).toBeGreaterThan((flare.typicalCostUsd as { page: Json }).page.low as number);
    expect(list.models.find((m) => m.id === "gpt-image-2.5-sunburst")).toMatchObject({ speed: "detailed", capabilities: { qualities: ["low", "medium", "high", "xhigh", "max", "auto"], vector: false } });
  });

  it("follows OPENAI_ALLOWED_IMAGE_MODELS", async () => {
    configureEngine({ openaiUrl: server.url, extra: { OPENAI_ALLOWED_IMAGE_MODELS: "gpt-image-2.5-flare" } });
    const list = (await (await call(modelsRoute, { token: alice.token })).json()) as { models: Array<{ id: string }> };
    expect(list.models.map((m) => m.id).sort()).toEqual(["gpt-image-2.5-flare", "gpt-image-2.6-flare", "gpt-image-2.6-sunburst"]);
  });
});

describe("choosing a model in a request", () => {
  it("refuses a model the server does not allow and a quality the model does not take, with 400 on the field", async () => {
    configureEngine({ openaiUrl: server.url, extra: { OPENAI_ALLOWED_IMAGE_MODELS: "gpt-image-2.5-flare" } });
    const refused = await call(coloringRoute, { method: "POST", token: alice.token, body: { theme: "a fox", model: "gpt-image-2.5-sunburst" } });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ code: "invalid:model", fields: { model: expect.stringContaining("gpt-image-2.5-flare") } });
    const quality = await call(coloringRoute, { method: "POST", token: alice.token, body: { theme: "a fox", model: "gpt-image-2.6-flare", quality: "max" } });
    expect(quality.status).toBe(400);
    expect(await quality.json()).toMatchObject({ code: "invalid:quality", fields: { quality: expect.any(String) } });
    const vector = await call(coloringRoute, { method: "POST", token: alice.token, body: { theme: "a fox", model: "gpt-image-2.5-flare", vector: true } });
    expect(vector.status).toBe(400);
    expect(await vector.json()).toMatchObject({ code: "invalid:vector", fields: { vector: expect.any(String) } });
    expect(await db().job.count()).toBe(0);
    expect(imageRequests()).toHaveLength(0);
  });

  it("draws with the chosen model, which is part of the cache key", async () => {
    const first = await call(coloringRoute, { method: "POST", token: alice.token, body: { theme: "a lion", model: "gpt-image-2.5-sunburst", quality: "xhigh" } });
    expect(first.status).toBe(202);
    await drainJobs();
    expect(bodyOf(0)).toMatchObject({ model: "gpt-image-2.5-sunburst", quality: "xhigh" });
    const again = await call(coloringRoute, { method: "POST", token: alice.token, body: { theme: "a lion", model: "gpt-image-2.5-sunburst", quality: "xhigh" } });
    expect(((await again.json()) as { cached: boolean }).cached).toBe(true);
    const other = await call(coloringRoute, { method: "POST", token: alice.token, body: { theme: "a lion", model: "gpt-image-2.6-sunburst", quality: "high" } });
    expect(((await other.json()) as { cached: boolean }).cached).toBe(false);
    await drainJobs();
    const images = await db().image.findMany({ where: { userId: alice.id, title: "a lion" }, select: { model: true } });
    expect(images.map((i) => i.model).sort()).toEqual(["gpt-image-2.5-sunburst", "gpt-image-2.6-sunburst"]);
  });

  it("prices the estimate for the chosen model, and a vector page with its SVG author", async () => {
    const estimate = async (body: Json) => (await (await call(estimateRoute, { method: "POST", token: alice.token, body: { theme: "a fox", ...body } })).json()) as Json;
    const flare = await estimate({ model: "gpt-image-2.6-flare", quality: "high" });
    const sunburst = await estimate({ model: "gpt-image-2.5-sunburst", quality: "high" });
    expect(flare).toMatchObject({ engine: "openai", model: "gpt-image-2.6-flare", vector: false });
    expect(sunburst.estimatedCostUsd).not.toBe(flare.estimatedCostUsd);
    const vector = await estimate({ model: "gpt-image-2.6-flare", quality: "high", vector: true });
    expect(vector).toMatchObject({ vector: true, svgAuthoringUsd: expect.any(Number) });
    // The raster page's "up to" includes one corrective edit; the vector page's the SVG author instead.
    const drawing = (flare.estimatedCostUsd as number) - (flare.correctiveRetryUsd as number);
    expect(flare.correctiveRetryUsd as number).toBeGreaterThan(0);
    expect(vector.correctiveRetryUsd).toBe(0);
    expect(vector.estimatedCostUsd as number).toBeCloseTo(drawing + (vector.svgAuthoringUsd as number), 6);
    expect(vector.svgAuthoringUsd as number).toBeGreaterThan(0);
  });

  it("takes the model in scene, variation and edit requests", async () => {
    const created = await call(createScriptRoute, { method: "POST", token: alice.token, body: { title: "Models", style: "cartoon", text: "0:00 A red fox in the snow" } });
    const script = (await created.json()) as { id: string; segments: Array<{ id: string }> };
    const bad = await call(illustrateRoute, { method: "POST", token: alice.token, params: { id: script.id }, body: { model: "dall-e-3" } });
    expect(bad.status).toBe(400);
    const started = await call(illustrateRoute, { method: "POST", token: alice.token, params: { id: script.id }, body: { model: "gpt-image-2.5-flare", quality: "low" } });
    expect(started.status).toBe(202);
    await drainJobs();
    const scene = await db().image.findFirstOrThrow({ where: { segmentId: script.segments[0]!.id }, select: { id: true, model: true } });
    expect(scene.model).toBe("gpt-image-2.5-flare");

    const variation = await call(variationsRoute, { method: "POST", token: alice.token, params: { id: scene.id }, body: { count: 1, model: "gpt-image-2.6-sunburst" } });
    expect(variation.status).toBe(202);
    expect((await call(variationsRoute, { method: "POST", token: alice.token, params: { id: scene.id }, body: { count: 1, model: "gpt-image-2.6-sunburst", quality: "max" } })).status).toBe(400);
    const edit = await call(editRoute, { method: "POST", token: alice.token, params: { id: scene.id }, body: { prompt: "Add snowflakes", model: "gpt-image-2.5-sunburst", quality: "xhigh" } });
    expect(edit.status).toBe(202);
    await drainJobs();
    const models = imageRequests().slice(1).map((r) => [(r.body as Json).model, (r.body as Json).quality]);
    expect(models).toEqual(expect.arrayContaining([["gpt-image-2.6-sunburst", "low"], ["gpt-image-2.5-sunburst", "xhigh"]]));
    expect(imageRequests().every((r) => r.valid)).toBe(true);
  });
});

import { createHash } from "node:crypto";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/scripts/route";
import { GET as getScriptRoute, PATCH as patchRoute } from "@/app/api/scripts/[id]/route";
import { POST as illustrateRoute } from "@/app/api/scripts/[id]/illustrate/route";
import { POST as editRoute } from "@/app/api/images/[id]/edits/route";
import { POST as variationsRoute } from "@/app/api/images/[id]/variations/route";
import { db } from "@/lib/db/client";
import { blobStore } from "@/lib/storage";
import { startFakeOpenAI, type FakeOpenAI } from "../support/openai-server";
import { configureEngine, createTestUser, drainJobs } from "../support/harness";
import { call } from "../support/routes";

type Json = Record<string, unknown>;
interface UploadedFile {
  filename: string;
  contentType: string;
  bytes: number;
  sha256: string;
}

let server: FakeOpenAI;
let alice: { id: string; token: string };
let bob: { id: string; token: string };

beforeAll(async () => {
  server = await startFakeOpenAI();
  alice = await createTestUser("alice");
  bob = await createTestUser("bob");
});
afterAll(async () => server.close());
beforeEach(() => {
  server.reset();
  configureEngine({ openaiUrl: server.url, extra: { OPENAI_MAX_RETRIES: "0", OPENAI_PARTIAL_IMAGES: "0" } });
});

const imageRequests = () => server.requests.filter((r) => r.path.startsWith("/v1/images/"));
const filesOf = (value: unknown): UploadedFile[] => [value].flat().filter(Boolean) as UploadedFile[];

/** A script of one segment illustrated with OpenAI: its segment and scene image. */
async function sceneImage(extra: Json = {}): Promise<{ scriptId: string; segmentId: string; image: { id: string; width: number; height: number; storageKey: string } }> {
  const created = await call(createRoute, { method: "POST", token: alice.token, body: { title: "Edits", style: "cartoon", text: "0:00 A red fox in a snowy forest", ...extra } });
  const script = (await created.json()) as { id: string; segments: Array<{ id: string }> };
  expect((await call(illustrateRoute, { method: "POST", token: alice.token, params: { id: script.id }, body: { engine: "openai", quality: "low" } })).status).toBe(202);
  await drainJobs();
  const segmentId = script.segments[0]!.id;
  const image = await db().image.findFirstOrThrow({ where: { segmentId }, select: { id: true, width: true, height: true, storageKey: true } });
  return { scriptId: script.id, segmentId, image };
}

/** An RGBA PNG, opaque except a transparent rectangle in the middle (the area to change). */
async function maskPng(width: number, height: number, options: { alpha?: boolean; hole?: boolean } = {}): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 4, 0);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inside = options.hole !== false && x > width / 3 && x < (2 * width) / 3 && y > height / 3 && y < (2 * height) / 3;
      raw[(y * width + x) * 4 + 3] = inside ? 0 : 255;
    }
  }
  const image = sharp(raw, { raw: { width, height, channels: 4 } });
  return (options.alpha === false ? image.removeAlpha() : image).png().toBuffer();
}

async function postEdit(imageId: string, fields: Record<string, string>, mask?: Buffer, token = alice.token) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  if (mask) form.set("mask", new File([new Uint8Array(mask)], "mask.png", { type: "image/png" }));
  const request = new Request(`http://localhost/api/images/${imageId}/edits`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
  const response = await editRoute(request, { params: Promise.resolve({ id: imageId }) });
  return { status: response.status, json: async () => (await response.json()) as Json };
}

async function variations(imageId: string, body: Json, token = alice.token) {
  return call(variationsRoute, { method: "POST", token, params: { id: imageId }, body });
}

describe("prompt edits", () => {
  it("sends a valid multipart edit with the image and the mask, and stores a new version", async () => {
    const { scriptId, segmentId, image } = await sceneImage();
    server.reset();
    const mask = await maskPng(image.width, image.height);
    const res = await postEdit(image.id, { prompt: "Give the fox a green scarf" }, mask);
    expect(res.status).toBe(202);
    const { jobId } = (await res.json()) as { jobId: string };
    await drainJobs();

    const job = await db().job.findUniqueOrThrow({ where: { id: jobId } });
    expect(job.status).toBe("succeeded");
    const [edit] = imageRequests();
    expect(imageRequests()).toHaveLength(1);
    expect(edit).toMatchObject({ path: "/v1/images/edits", valid: true, errors: [] });
    const body = edit!.body as Json;
    expect(String(body.prompt)).toContain("Give the fox a green scarf");
    const [sent] = filesOf(body.image);
    const source = (await blobStore().get(image.storageKey))!;
    expect(sent).toMatchObject({ contentType: "image/png", sha256: createHash("sha256").update(source).digest("hex") });
    const [sentMask] = filesOf(body.mask);
    expect(sentMask).toMatchObject({ contentType: "image/png", sha256: createHash("sha256").update(mask).digest("hex") });

    const version = await db().image.findFirstOrThrow({ where: { jobId } });
    expect(version).toMatchObject({ kind: "edit", parentId: image.id, segmentId, width: image.width, height: image.height });
    expect(version.costMicroUsd).toBeGreaterThan(0);

    // Versions are browsable from the segment; "restore" is choosing one.
    const view = await (await call(getScriptRoute, { token: alice.token, params: { id: scriptId } })).json();
    const segment = (view.segments as Array<{ imageId: string; images: Array<{ id: string }> }>)[0]!;
    expect(segment.imageId).toBe(image.id);
    expect(segment.images.map((i) => i.id)).toEqual([version.id, image.id]);
    const chosen = await call(patchRoute, { method: "PATCH", token: alice.token, params: { id: scriptId }, body: { choices: [{ segmentId, imageId: version.id }] } });
    expect(((await chosen.json()).segments as Array<{ imageId: string }>)[0]!.imageId).toBe(version.id);
  });

  it("refuses a bad mask with 400 before any call: wrong size, no alpha, not a PNG, nothing transparent", async () => {
    const { image } = await sceneImage({ text: "0:00 A castle on a hill" });
    server.reset();
    const jobsBefore = await db().job.count();
    const wrongSize = await postEdit(image.id, { prompt: "Add a flag" }, await maskPng(512, 512));
    expect(wrongSize.status).toBe(400);
    const body = await wrongSize.json();
    expect(body.code).toBe("invalid:mask");
    expect(String(body.error)).toContain(`${image.width}×${image.height}`);
    const noAlpha = await postEdit(image.id, { prompt: "Add a flag" }, await maskPng(image.width, image.height, { alpha: false }));
    expect(noAlpha.status).toBe(400);
    expect(String((await noAlpha.json()).error)).toMatch(/alpha/);
    const jpeg = await sharp({ create: { width: image.width, height: image.height, channels: 3, background: "#000" } }).jpeg().toBuffer();
    expect((await postEdit(image.id, { prompt: "Add a flag" }, jpeg)).status).toBe(400);
    const opaque = await postEdit(image.id, { prompt: "Add a flag" }, await maskPng(image.width, image.height, { hole: false }));
    expect(opaque.status).toBe(400);
    expect(String((await opaque.json()).error)).toMatch(/transparent/);
    expect(await db().job.count()).toBe(jobsBefore);
    expect(server.requests).toHaveLength(0);
  });

  it("validates the prompt, and hides other users' images", async () => {
    const { image } = await sceneImage({ text: "0:00 A boat on a lake" });
    const empty = await postEdit(image.id, { prompt: "   " });
    expect(empty.status).toBe(400);
    expect((await empty.json()).fields).toHaveProperty("prompt");
    expect((await postEdit(image.id, { prompt: "x".repeat(1001) })).status).toBe(400);
    expect((await postEdit(image.id, { prompt: "Add a moon" }, undefined, bob.token)).status).toBe(404);
    expect((await variations(image.id, { count: 1 }, bob.token)).status).toBe(404);
    const withoutMask = await call(editRoute, { method: "POST", token: alice.token, params: { id: image.id }, body: { prompt: "Add a moon" } });
    expect(withoutMask.status).toBe(202);
  });

  it("refuses edits with the offline engine", async () => {
    const { image } = await sceneImage({ text: "0:00 A bridge at night" });
    const asked = await postEdit(image.id, { prompt: "Add rain", engine: "offline" });
    expect(asked.status).toBe(400);
    expect((await asked.json()).code).toBe("unsupported:edit");
    configureEngine({});
    const unconfigured = await postEdit(image.id, { prompt: "Add rain" });
    expect(unconfigured.status).toBe(400);
    expect((await unconfigured.json()).code).toBe("unsupported:edit");
  });
});

describe("edits of coloring pages", () => {
  it("keep the page print-ready: black on white at its paper size", async () => {
    const { startColoringPage } = await import("@/lib/coloring/start-page");
    const { coloringRequestSchema } = await import("@/lib/coloring/schema");
    const { job } = await startColoringPage({ userId: alice.id, request: coloringRequestSchema.parse({ theme: "a cat in a garden", engine: "offline", paper: "a4" }) });
    await drainJobs();
    const page = await db().image.findFirstOrThrow({ where: { jobId: job.id } });
    const res = await postEdit(page.id, { prompt: "Add a butterfly above the cat", engine: "openai", quality: "low" });
    expect(res.status).toBe(202);
    await drainJobs();
    const edited = await db().image.findFirstOrThrow({ where: { parentId: page.id, kind: "edit" } });
    expect([edited.width, edited.height]).toEqual([2480, 3508]);
    const bytes = (await blobStore().get(edited.storageKey))!;
    const meta = await sharp(bytes).metadata();
    expect([meta.width, meta.height, meta.density, meta.channels]).toEqual([2480, 3508, 300, 1]);
    const { data } = await sharp(bytes).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    expect([...new Set(data)].sort((a, b) => a - b)).toEqual([0, 255]);
  });
});

describe("variations", () => {
  it("makes distinct variation types linked to the scene, and refuses a sixth", async () => {
    const { segmentId, image } = await sceneImage({ text: "0:00 A market in Marrakech" });
    server.reset();
    const first = await variations(image.id, { count: 3 });
    expect(first.status).toBe(202);
    expect(((await first.json()).jobIds as string[]).length).toBe(3);
    const tooMany = await variations(image.id, { count: 3 });
    expect(tooMany.status).toBe(400);
    expect(String((await tooMany.json()).error)).toMatch(/Only 2 more/);
    await drainJobs();
    const second = await variations(image.id, { count: 2 });
    expect(second.status).toBe(202);
    await drainJobs();
    const sixth = await variations(image.id, { count: 1 });
    expect(sixth.status).toBe(400);
    expect((await sixth.json()).code).toBe("invalid:variations");

    const made = await db().image.findMany({ where: { parentId: image.id, kind: "variation" }, select: { id: true, variationType: true, segmentId: true, prompt: true } });
    expect(made.map((m) => m.variationType).sort()).toEqual(["another-angle", "close-up", "other-lighting", "other-mood", "wide-shot"]);
    expect(made.every((m) => m.segmentId === segmentId)).toBe(true);
    expect(made.find((m) => m.variationType === "close-up")!.prompt).toMatch(/Variation: close-up shot/);
    expect(imageRequests()).toHaveLength(5);
    expect(imageRequests().every((r) => r.valid)).toBe(true);
    expect((await variations(image.id, { count: 6 })).status).toBe(400);
    // The five are per scene: a variation of a variation of the same segment is refused too.
    const ofVariation = await variations(made[0]!.id, { count: 1 });
    expect(ofVariation.status).toBe(400);
    expect((await ofVariation.json()).code).toBe("invalid:variations");
  });
});

describe("reference images for consistency", () => {
  it("sends the script's references as edit inputs with every scene", async () => {
    const { image: character } = await sceneImage({ text: "0:00 A girl with a yellow raincoat" });
    const { image: place } = await sceneImage({ text: "0:00 A small harbour town" });
    const created = await call(createRoute, { method: "POST", token: alice.token, body: { title: "Series", style: "cartoon", text: "0:00 The girl walks to the harbour\n0:10 The girl waves at a boat" } });
    const script = (await created.json()) as { id: string };
    const patched = await call(patchRoute, { method: "PATCH", token: alice.token, params: { id: script.id }, body: { references: [character.id, place.id] } });
    expect(patched.status).toBe(200);
    server.reset();
    expect((await call(illustrateRoute, { method: "POST", token: alice.token, params: { id: script.id }, body: { engine: "openai", quality: "low" } })).status).toBe(202);
    await drainJobs();
    expect(imageRequests()).toHaveLength(2);
    for (const request of imageRequests()) {
      expect(request).toMatchObject({ path: "/v1/images/edits", valid: true });
      const body = request.body as Json;
      expect(filesOf(body.image)).toHaveLength(2);
      expect(String(body.prompt)).toMatch(/keep the same characters, places and visual style/);
    }
    const images = await db().image.findMany({ where: { segment: { scriptId: script.id } }, select: { width: true, height: true, options: true } });
    expect(images).toHaveLength(2);
    for (const i of images) {
      expect(i.width * 9).toBe(i.height * 16);
      expect((JSON.parse(i.options) as { references: string[] }).references).toEqual([character.id, place.id]);
    }
  });
});

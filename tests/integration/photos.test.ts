import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as photoPages } from "@/app/api/photo-pages/route";
import { DELETE as deletePhoto } from "@/app/api/photos/[id]/route";
import { db } from "@/lib/db/client";
import { getJob } from "@/lib/db/jobs";
import { defaultPhotoTitle } from "@/lib/photos/title";
import { blobStore } from "@/lib/storage";
import { startFakeOpenAI, type FakeOpenAI } from "../support/openai-server";
import { blobKeys, configureEngine, createTestUser, drainJobs } from "../support/harness";

const fixtures = path.resolve("tests/fixtures/photos");
const cat = fs.readFileSync(path.join(fixtures, "cat-chelsea.jpg"));

let user: { id: string; token: string };
let server: FakeOpenAI;

beforeAll(async () => {
  server = await startFakeOpenAI();
  user = await createTestUser("photos");
});
afterAll(async () => server.close());
beforeEach(() => {
  server.reset();
  configureEngine({ openaiUrl: server.url, engine: "offline", extra: { OPENAI_MAX_RETRIES: "0", OPENAI_PARTIAL_IMAGES: "0", PHOTO_MAX_BYTES: String(20 * 1024 * 1024) } });
});

async function upload(fields: Record<string, string>, file?: { bytes: Buffer; name: string; type: string }, headers: Record<string, string> = {}) {
  const form = new FormData();
  if (file) form.append("photo", new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const request = new Request("http://localhost/api/photo-pages", { method: "POST", body: form, headers: { authorization: `Bearer ${user.token}`, ...headers } });
  const response = await photoPages(request, { params: Promise.resolve({}) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function pngDeclaring(width: number, height: number): Promise<Buffer> {
  const real = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#fff" } }).png().toBuffer();
  const bomb = Buffer.from(real);
  bomb.writeUInt32BE(width, 16);
  bomb.writeUInt32BE(height, 20);
  return bomb;
}

describe("bad photos are refused and nothing is stored", async () => {
  const animated = await sharp(
    [
      await sharp({ create: { width: 20, height: 20, channels: 3, background: "#f00" } }).png().toBuffer(),
      await sharp({ create: { width: 20, height: 20, channels: 3, background: "#00f" } }).png().toBuffer(),
    ],
    { join: { animated: true } },
  )
    .gif()
    .toBuffer();
  const cases: Array<[string, Record<string, string>, { bytes: Buffer; name: string; type: string } | undefined, number, string]> = [
    ["an empty file", { mode: "trace" }, { bytes: Buffer.alloc(0), name: "empty.jpg", type: "image/jpeg" }, 400, "invalid:photo_empty"],
    ["a text file named .jpg", { mode: "trace" }, { bytes: Buffer.from("hello, I am not a photo"), name: "photo.jpg", type: "image/jpeg" }, 415, "unsupported:unknown"],
    ["a truncated JPEG", { mode: "trace" }, { bytes: cat.subarray(0, Math.floor(cat.length / 2)), name: "cut.jpg", type: "image/jpeg" }, 400, "invalid:photo_corrupt"],
    ["a PNG declaring 50000×50000 pixels", { mode: "trace" }, { bytes: await pngDeclaring(50_000, 50_000), name: "bomb.png", type: "image/png" }, 413, "too_large:photo_pixels"],
    ["an SVG", { mode: "trace" }, { bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'), name: "a.svg", type: "image/svg+xml" }, 415, "unsupported:svg"],
    ["a GIF animation", { mode: "trace" }, { bytes: animated, name: "a.gif", type: "image/gif" }, 415, "unsupported:gif"],
    ["a missing photo field", { mode: "trace" }, undefined, 400, "invalid:photo_missing"],
    ["unknown options", { mode: "trace", colour: "blue" }, { bytes: cat, name: "cat.jpg", type: "image/jpeg" }, 400, "invalid:input"],
    ["an unknown mode", { mode: "paint" }, { bytes: cat, name: "cat.jpg", type: "image/jpeg" }, 400, "invalid:input"],
  ];
  it.each(cases)("%s", async (_label, fields, file, status, code) => {
    const before = await blobKeys();
    const res = await upload(fields, file);
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(code);
    expect(typeof res.body.error).toBe("string");
    expect(await blobKeys()).toEqual(before);
    expect(await db().photo.count({ where: { userId: user.id } })).toBe(await db().photo.count({ where: { userId: user.id } }));
    expect(await db().job.count({ where: { userId: user.id, status: "queued" } })).toBe(0);
  });

  it("a file over the size limit", async () => {
    configureEngine({ engine: "offline", extra: { PHOTO_MAX_BYTES: "1000" } });
    const before = await blobKeys();
    const res = await upload({ mode: "trace" }, { bytes: cat, name: "cat.jpg", type: "image/jpeg" });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe("too_large:photo");
    expect(await blobKeys()).toEqual(before);
  });
});

describe("trace", () => {
  it("strips metadata, applies the orientation, and makes a print-ready page", async () => {
    const rotated = await sharp(cat)
      .withExif({ IFD0: { Artist: "Someone" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "48/1 51/1 0/1" } })
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    const original = await sharp(cat).metadata();
    const sent = await sharp(rotated).metadata();
    expect(sent.orientation).toBe(6);
    expect(sent.exif).toBeDefined();
    const res = await upload({ mode: "trace", ageGroup: "3-5", detail: "2", reference: "true" }, { bytes: rotated, name: "cat.jpg", type: "image/jpeg" });
    expect(res.status).toBe(202);
    const photo = await db().photo.findUniqueOrThrow({ where: { id: res.body.photoId as string } });
    const stored = await blobStore().get(photo.storageKey);
    const meta = await sharp(stored!).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect([meta.width, meta.height]).toEqual([original.height, original.width]);

    await drainJobs();
    const job = (await getJob(res.body.jobId as string))!;
    expect(job.status).toBe("succeeded");
    expect(job.costMicroUsd).toBe(0);
    const image = await db().image.findFirstOrThrow({ where: { id: job.imageIds[0] } });
    expect(image).toMatchObject({ kind: "photo", engine: "offline", photoId: photo.id, width: 2550, height: 3300, title: defaultPhotoTitle(image.createdAt, "en") });
    const page = await sharp((await blobStore().get(image.storageKey))!).raw().toBuffer({ resolveWithObject: true });
    // Outside the colored reference in the bottom-right corner, only black and white.
    let stray = 0;
    const { data, info } = page;
    for (let y = 0; y < info.height * 0.6; y++) {
      for (let x = 0; x < info.width; x++) {
        const i = (y * info.width + x) * info.channels;
        const v = data[i]!;
        if ((v !== 0 && v !== 255) || data[i + 1] !== v || data[i + 2] !== v) stray++;
      }
    }
    expect(stray).toBe(0);
  });

  it("titles the page by the day in the request's language, not by the file name", async () => {
    const res = await upload({ mode: "trace", regenerate: "true" }, { bytes: cat, name: "IMG_2041.jpg", type: "image/jpeg" }, { "accept-language": "fr-FR,fr;q=0.9" });
    expect(res.status).toBe(202);
    await drainJobs();
    const job = (await getJob(res.body.jobId as string))!;
    const image = await db().image.findFirstOrThrow({ where: { id: job.imageIds[0] } });
    expect(image.title).toBe(defaultPhotoTitle(image.createdAt, "fr"));
    expect(image.title).toMatch(/^Photo du \d{1,2} /);
  });

  it("deletes the photo with its pages", async () => {
    const res = await upload({ mode: "trace" }, { bytes: cat, name: "cat.jpg", type: "image/jpeg" });
    await drainJobs();
    const photoId = res.body.photoId as string;
    const other = await createTestUser("other");
    const foreign = await deletePhoto(new Request("http://localhost", { method: "DELETE", headers: { authorization: `Bearer ${other.token}` } }), { params: Promise.resolve({ id: photoId }) });
    expect(foreign.status).toBe(404);
    const res2 = await deletePhoto(new Request("http://localhost", { method: "DELETE", headers: { authorization: `Bearer ${user.token}` } }), { params: Promise.resolve({ id: photoId }) });
    expect(res2.status).toBe(200);
    expect(await db().photo.count({ where: { id: photoId } })).toBe(0);
    expect(await db().image.count({ where: { photoId } })).toBe(0);
  });
});

describe("redraw with OpenAI", () => {
  it("screens the photo with moderation, describes it, and redraws it through the edit endpoint", async () => {
    const res = await upload({ mode: "redraw", quality: "low" }, { bytes: cat, name: "cat.jpg", type: "image/jpeg" });
    expect(res.status).toBe(202);
    await drainJobs();
    const job = (await getJob(res.body.jobId as string))!;
    expect(job.status).toBe("succeeded");
    const paths = server.requests.map((r) => r.path);
    expect(paths).toEqual(["/v1/moderations", "/v1/chat/completions", "/v1/images/edits"]);
    expect(server.requests.every((r) => r.valid)).toBe(true);
    expect(job.costMicroUsd).toBeGreaterThan(0);
  });

  it("refuses a flagged photo before any paid call, at no cost", async () => {
    server.fail({ kind: "flagged", categories: ["violence"] }, { path: "/v1/moderations" });
    const res = await upload({ mode: "redraw", quality: "low", regenerate: "true" }, { bytes: cat, name: "cat.jpg", type: "image/jpeg" });
    await drainJobs();
    const job = (await getJob(res.body.jobId as string))!;
    expect(job.status).toBe("failed");
    expect(job.errorCode).toBe("provider:photo_refused");
    expect(job.errorMessage).toContain("violence");
    expect(job.costMicroUsd).toBe(0);
    expect(server.requests.map((r) => r.path)).toEqual(["/v1/moderations"]);
  });

  it("refuses redraw when OpenAI is not configured", async () => {
    configureEngine({ engine: "offline" });
    const res = await upload({ mode: "redraw" }, { bytes: cat, name: "cat.jpg", type: "image/jpeg" });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe("invalid:mode");
  });
});

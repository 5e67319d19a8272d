import fs from "node:fs";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listRoute, POST as uploadRoute } from "@/app/api/images/route";
import { GET as fileRoute } from "@/app/api/images/[id]/file/route";
import { GET as openApiRoute } from "@/app/api/openapi.json/route";
import { db } from "@/lib/db/client";
import { blobKeys, configureEngine, createTestUser } from "../support/harness";
import { documentValidator, responseSchemaOf } from "../support/openapi";
import { call } from "../support/routes";

const LIMIT = 256 * 1024;
let alice: { id: string; token: string };
let bob: { id: string; token: string };

beforeAll(async () => {
  configureEngine({ extra: { PHOTO_MAX_BYTES: String(LIMIT) } });
  alice = await createTestUser("alice");
  bob = await createTestUser("bob");
});

function upload(bytes: Buffer | null, { name = "picture.png", type = "image/png", fields = {} as Record<string, string>, token = alice.token } = {}) {
  const form = new FormData();
  if (bytes) form.append("image", new Blob([new Uint8Array(bytes)], { type }), name);
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  const request = new Request("http://localhost/api/images", { method: "POST", body: form, headers: { authorization: `Bearer ${token}` } });
  return uploadRoute(request, { params: Promise.resolve({}) });
}

/** An uncompressed PNG of at least `targetBytes`, made here. */
async function pngNear(targetBytes: number): Promise<Buffer> {
  let side = 64;
  for (;;) {
    const noise = Buffer.alloc(side * side * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    const png = await sharp(noise, { raw: { width: side, height: side, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer();
    if (png.length >= targetBytes) return png;
    side += 16;
  }
}

describe("POST /api/images", () => {
  it("stores a JPEG photo as a PNG library picture, titled from its name, answered as the document says", async () => {
    const jpeg = fs.readFileSync("tests/fixtures/photos/cat-chelsea.jpg");
    const res = await upload(jpeg, { name: "cat-chelsea.jpg", type: "image/jpeg" });
    expect(res.status).toBe(201);
    const body = (await res.json()) as Record<string, unknown> & { id: string; kind: string; title: string; width: number };
    const document = (await openApiRoute().json()) as Record<string, unknown>;
    expect(documentValidator(document).compile(responseSchemaOf(document, "/api/images", "post", 201))(body)).toBe(true);
    expect(body).toMatchObject({ kind: "upload", title: "cat chelsea", costUsd: 0 });
    const file = await fileRoute(new Request("http://localhost/x", { headers: { authorization: `Bearer ${alice.token}` } }), { params: Promise.resolve({ id: body.id }) });
    expect(file.headers.get("content-type")).toBe("image/png");
    const meta = await sharp(Buffer.from(await file.arrayBuffer())).metadata();
    expect(meta.width).toBe(body.width);
    expect(meta.exif).toBeUndefined();
    const listed = (await (await call(listRoute, { path: "/api/images?kind=upload", token: alice.token })).json()) as { items: Array<{ id: string }> };
    expect(listed.items.map((i) => i.id)).toContain(body.id);
    expect((await call(fileRoute, { token: bob.token, params: { id: body.id } })).status).toBe(404);
  });

  it("keeps transparency and takes a given title", async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const res = await upload(png, { fields: { title: "A mask-ready frame" } });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; title: string };
    expect(body.title).toBe("A mask-ready frame");
    const record = await db().image.findUniqueOrThrow({ where: { id: body.id } });
    expect(record.jobId).toBeNull();
    const file = await call(fileRoute, { token: alice.token, params: { id: body.id } });
    expect((await sharp(Buffer.from(await file.response.arrayBuffer())).metadata()).hasAlpha).toBe(true);
  });

  it("takes a picture of exactly PHOTO_MAX_BYTES and refuses one byte more (413), storing nothing", async () => {
    const png = await pngNear(200 * 1024);
    try {
      configureEngine({ extra: { PHOTO_MAX_BYTES: String(png.length - 1) } });
      const before = await blobKeys();
      const over = await upload(png);
      expect(over.status).toBe(413);
      expect(await over.json()).toMatchObject({ code: "too_large:photo" });
      expect(await blobKeys()).toEqual(before);
      configureEngine({ extra: { PHOTO_MAX_BYTES: String(png.length) } });
      expect((await upload(png)).status).toBe(201);
    } finally {
      configureEngine({ extra: { PHOTO_MAX_BYTES: String(LIMIT) } });
    }
  });

  it("refuses what is not a PNG, JPEG or WebP by its bytes, a missing file and unknown fields", async () => {
    const gif = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");
    expect((await upload(gif, { name: "x.png" })).status).toBe(415);
    expect((await upload(Buffer.from("not an image"), { name: "x.png" })).status).toBe(415);
    expect((await upload(null)).status).toBe(400);
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#fff" } }).png().toBuffer();
    expect((await upload(png, { fields: { prompt: "x" } })).status).toBe(400);
    const json = await call(uploadRoute, { method: "POST", token: alice.token, body: { image: "x" } });
    expect(json.status).toBe(415);
  });
});

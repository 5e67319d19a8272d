import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getEnv, resetEnvForTests } from "@/lib/env";
import { createBlobStore } from "@/lib/storage";
import { LocalBlobStore } from "@/lib/storage/local";
import { S3BlobStore } from "@/lib/storage/s3";
import type { BlobStore } from "@/lib/storage/types";

// s3rver implements the S3 protocol on a folder; it ships no types, so its small surface is typed here.
interface S3rverServer {
  run(): Promise<{ address: string; port: number }>;
  close(): Promise<void>;
}
type S3rverConstructor = new (options: {
  address: string;
  port: number;
  silent: boolean;
  directory: string;
  configureBuckets: Array<{ name: string; configs: string[] }>;
}) => S3rverServer;
const S3rver = createRequire(import.meta.url)("s3rver") as S3rverConstructor;

const BUCKET = "inkwell-test";
const CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

let tempDir = "";
let server: S3rverServer | undefined;
let endpoint = "";
const stores: Array<{ destroy(): void }> = [];

function s3Store(prefix?: string, bucket = BUCKET): S3BlobStore {
  const store = new S3BlobStore({ bucket, region: "us-east-1", endpoint, ...CREDENTIALS, forcePathStyle: true, prefix });
  stores.push(store);
  return store;
}

beforeAll(async () => {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "inkwell-s3-"));
  server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: path.join(tempDir, "s3"),
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  for (const store of stores) store.destroy();
  await server?.close();
  fs.rmSync(tempDir, { recursive: true, force: true });
});

const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");

// The same behaviour is expected of every store.
describe.each([
  { name: "local", make: (): BlobStore => new LocalBlobStore(path.join(tempDir, "blobs")) },
  { name: "s3", make: (): BlobStore => s3Store() },
  { name: "s3 with a prefix", make: (): BlobStore => s3Store("tenants/a") },
])("$name blob store", ({ make }) => {
  let store: BlobStore;
  beforeAll(() => {
    store = make();
  });

  it("puts, gets and reports an object", async () => {
    const key = `images/u1/${Math.random().toString(36).slice(2)}.png`;
    expect(await store.exists(key)).toBe(false);
    await store.put(key, PNG, "image/png");
    expect(await store.exists(key)).toBe(true);
    const back = await store.get(key);
    expect(back).toBeInstanceOf(Buffer);
    expect(back?.equals(PNG)).toBe(true);
  });

  it("overwrites an object with new bytes", async () => {
    const key = "images/u1/overwrite.png";
    await store.put(key, Buffer.from("first"), "image/png");
    await store.put(key, Buffer.from("second, longer"), "image/png");
    expect((await store.get(key))?.toString()).toBe("second, longer");
  });

  it("keeps empty objects", async () => {
    await store.put("images/u1/empty.bin", Buffer.alloc(0), "application/octet-stream");
    expect((await store.get("images/u1/empty.bin"))?.length).toBe(0);
  });

  it("returns null for a missing object", async () => {
    expect(await store.get("images/nobody/missing.png")).toBeNull();
    expect(await store.exists("images/nobody/missing.png")).toBe(false);
  });

  it("deletes, and deleting again or deleting a missing object is not an error", async () => {
    const key = "photos/u1/delete-me.jpg";
    await store.put(key, Buffer.from("jpeg"), "image/jpeg");
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    expect(await store.exists(key)).toBe(false);
    await expect(store.delete(key)).resolves.toBeUndefined();
    await expect(store.delete("photos/u1/never-there.jpg")).resolves.toBeUndefined();
  });

  it("passes its health check", async () => {
    await expect(store.check()).resolves.toBeUndefined();
  });

  it.each(["../escape.png", "/absolute.png", "images/../../x.png", "", ".hidden", "a b.png"])("refuses the key %j", async (key) => {
    await expect(store.put(key, PNG, "image/png")).rejects.toThrow(/Invalid blob key/);
    await expect(store.get(key)).rejects.toThrow(/Invalid blob key/);
  });
});

describe("S3 specifics", () => {
  it("stores the content type and puts keys under S3_PREFIX", async () => {
    const store = s3Store("/inkwell/");
    await store.put("images/u2/typed.png", PNG, "image/png");
    const raw = new S3Client({ region: "us-east-1", endpoint, credentials: CREDENTIALS, forcePathStyle: true });
    try {
      const head = await raw.send(new HeadObjectCommand({ Bucket: BUCKET, Key: "inkwell/images/u2/typed.png" }));
      expect(head.ContentType).toBe("image/png");
      expect(head.ContentLength).toBe(PNG.length);
    } finally {
      raw.destroy();
    }
    // Without the prefix the same key is another object.
    expect(await s3Store().exists("images/u2/typed.png")).toBe(false);
  });

  it("reports a missing bucket as an error, never as a missing object", async () => {
    const store = s3Store(undefined, "no-such-bucket");
    await expect(store.get("images/u1/a.png")).rejects.toThrow();
    await expect(store.check()).rejects.toThrow();
  });

  it("is chosen by STORAGE_DRIVER=s3 from the S3_* variables", async () => {
    const saved = { ...process.env };
    try {
      Object.assign(process.env, {
        STORAGE_DRIVER: "s3",
        S3_BUCKET: BUCKET,
        S3_REGION: "us-east-1",
        S3_ENDPOINT: endpoint,
        S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
        S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
        S3_FORCE_PATH_STYLE: "true",
        S3_PREFIX: "from-env",
      });
      resetEnvForTests();
      const store = createBlobStore(getEnv());
      expect(store.kind).toBe("s3");
      if (store instanceof S3BlobStore) stores.push(store);
      await store.put("images/u3/env.png", PNG, "image/png");
      expect((await s3Store("from-env").get("images/u3/env.png"))?.equals(PNG)).toBe(true);

      process.env.STORAGE_DRIVER = "local";
      resetEnvForTests();
      expect(createBlobStore(getEnv()).kind).toBe("local");

      process.env.STORAGE_DRIVER = "s3";
      process.env.S3_BUCKET = "";
      resetEnvForTests();
      expect(() => getEnv()).toThrow(/S3_BUCKET/);
    } finally {
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
      Object.assign(process.env, saved);
      resetEnvForTests();
    }
  });
});

import "server-only";
import { getEnv, type Env } from "@/lib/env";
import { LocalBlobStore } from "./local";
import { S3BlobStore } from "./s3";
import type { BlobStore } from "./types";

export type { BlobStore } from "./types";

const globalForStorage = globalThis as unknown as { inkwellBlobStore?: BlobStore };

/** The store STORAGE_DRIVER names: "local" (STORAGE_DIR, the default) or "s3" (S3_* variables). */
export function createBlobStore(env: Env): BlobStore {
  if (env.STORAGE_DRIVER === "s3") {
    if (!env.S3_BUCKET) throw new Error("STORAGE_DRIVER=s3 needs S3_BUCKET to be set");
    return new S3BlobStore({
      bucket: env.S3_BUCKET,
      region: env.S3_REGION,
      endpoint: env.S3_ENDPOINT,
      accessKeyId: env.S3_ACCESS_KEY_ID,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY,
      forcePathStyle: env.S3_FORCE_PATH_STYLE,
      prefix: env.S3_PREFIX,
    });
  }
  return new LocalBlobStore(env.STORAGE_DIR);
}

/** The blob store configured for this process. */
export function blobStore(): BlobStore {
  globalForStorage.inkwellBlobStore ??= createBlobStore(getEnv());
  return globalForStorage.inkwellBlobStore;
}

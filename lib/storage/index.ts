import { getEnv } from "@/lib/env";
import { LocalBlobStore } from "./local";
import type { BlobStore } from "./types";

export type { BlobStore } from "./types";

const globalForStorage = globalThis as unknown as { inkwellBlobStore?: BlobStore };

/** The blob store configured for this process. */
export function blobStore(): BlobStore {
  globalForStorage.inkwellBlobStore ??= new LocalBlobStore(getEnv().STORAGE_DIR);
  return globalForStorage.inkwellBlobStore;
}

/** Used by tests to point the process at a fresh folder. */
export function setBlobStoreForTests(store: BlobStore | undefined): void {
  globalForStorage.inkwellBlobStore = store;
}

import "server-only";
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { blobStore } from "@/lib/storage";
import { shutdownWarning } from "@/lib/images/models";

export interface HealthReport {
  ok: boolean;
  database: { ok: boolean; error?: string };
  storage: { ok: boolean; kind: string; error?: string };
  engine: { default: string; openai: { configured: boolean; imageModel: string; textModel: string; warning?: string } };
  version: string;
}

/** Checks the database, the blob store and the engine configuration (never reveals the key). */
export async function checkHealth(): Promise<HealthReport> {
  const env = getEnv();
  const database = await db()
    .$queryRawUnsafe("SELECT 1")
    .then(() => ({ ok: true }))
    .catch((error: unknown) => ({ ok: false, error: error instanceof Error ? error.message.slice(0, 200) : "unreachable" }));
  const store = blobStore();
  const storage = await store
    .check()
    .then(() => ({ ok: true, kind: store.kind }))
    .catch((error: unknown) => ({ ok: false, kind: store.kind, error: error instanceof Error ? error.message.slice(0, 200) : "not writable" }));
  const warning = shutdownWarning(env.OPENAI_IMAGE_MODEL) ?? undefined;
  return {
    ok: database.ok && storage.ok,
    database,
    storage,
    engine: {
      default: env.imageEngine,
      openai: { configured: Boolean(env.OPENAI_API_KEY), imageModel: env.OPENAI_IMAGE_MODEL, textModel: env.OPENAI_TEXT_MODEL, ...(warning ? { warning } : {}) },
    },
    version: process.env.npm_package_version ?? "0.1.0",
  };
}

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

/** Anonymous callers learn only whether the service is up. */
export interface PublicHealth {
  ok: boolean;
}

// Health is public: a flood of calls costs at most one database read and one storage check per window.
const CACHE_MS = 5_000;
let cached: { at: number; report: Promise<HealthReport> } | undefined;

function message(error: unknown, fallback: string): string {
  return error instanceof Error ? error.message.slice(0, 200) : fallback;
}

async function measure(): Promise<HealthReport> {
  const env = getEnv();
  const database = await db()
    .$queryRawUnsafe("SELECT 1")
    .then(() => ({ ok: true }))
    .catch((error: unknown) => ({ ok: false, error: message(error, "unreachable") }));
  const store = blobStore();
  const storage = await store
    .check()
    .then(() => ({ ok: true, kind: store.kind }))
    .catch((error: unknown) => ({ ok: false, kind: store.kind, error: message(error, "unreachable") }));
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

/**
 * Checks the database (a read), the blob store (read-only: nothing is written) and the engine
 * configuration, never revealing the key. Results are reused for a few seconds.
 */
export async function checkHealth({ now = Date.now() }: { now?: number } = {}): Promise<HealthReport> {
  if (!cached || now - cached.at > CACHE_MS) cached = { at: now, report: measure() };
  return cached.report;
}

export function toPublicHealth(report: HealthReport): PublicHealth {
  return { ok: report.ok };
}

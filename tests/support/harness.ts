import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { resetEnvForTests } from "@/lib/env";
import { resetEnginesForTests } from "@/lib/images/engines";
import { registerJobKinds } from "@/lib/job-kinds";
import { JobRunner, type RunnerOptions } from "@/lib/jobs";
import { createApiToken } from "@/lib/auth/api-tokens";

/** A user with a personal API token, for calling routes as a script would. */
export async function createTestUser(label = "user"): Promise<{ id: string; email: string; token: string }> {
  const email = `${label}-${randomUUID().slice(0, 8)}@example.test`;
  const user = await db().user.create({ data: { email, name: label }, select: { id: true } });
  const { token } = await createApiToken({ userId: user.id, input: { name: "tests", scope: "generate" } });
  return { id: user.id, email, token };
}

/** Points the app at the local OpenAI test server (or back to offline) for the next jobs. */
export function configureEngine(options: { openaiUrl?: string; apiKey?: string; engine?: "openai" | "offline"; extra?: Record<string, string> }): void {
  if (options.openaiUrl) {
    process.env.OPENAI_API_KEY = options.apiKey ?? "sk-test-inkwell";
    process.env.OPENAI_BASE_URL = options.openaiUrl;
  } else {
    delete process.env.OPENAI_API_KEY;
    delete process.env.OPENAI_BASE_URL;
  }
  if (options.engine) process.env.IMAGE_ENGINE = options.engine;
  else delete process.env.IMAGE_ENGINE;
  for (const [key, value] of Object.entries(options.extra ?? {})) process.env[key] = value;
  resetEnvForTests();
  resetEnginesForTests();
}

/** Runs every queued job to the end with a real runner, then stops it. */
export async function drainJobs(options: Partial<RunnerOptions> = {}, timeoutMs = 45_000): Promise<void> {
  registerJobKinds();
  const runner = new JobRunner({ concurrency: 2, perUser: 2, maxAttempts: 3, pollMs: 25, rateLimitBackoffMs: 50, ...options });
  await runner.start();
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      const open = await db().job.count({ where: { status: { in: ["queued", "running"] } } });
      if (open === 0 && runner.activeCount === 0) return;
      if (Date.now() > deadline) throw new Error(`jobs still open after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    await runner.stop();
  }
}

/** Every file under the blob folder, for "nothing orphaned" checks. */
export async function blobKeys(): Promise<string[]> {
  const { readdir } = await import("node:fs/promises");
  const path = await import("node:path");
  const root = process.env.STORAGE_DIR!;
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else out.push(path.relative(root, full));
    }
  };
  await walk(root);
  return out.sort();
}

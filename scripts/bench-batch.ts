// The script studio's numbers: wall time of a 20-segment batch against the OpenAI test server
// answering in a fixed 2 s, one job at a time and at the default concurrency (the ratio is the
// point, at least 4×), the most image calls the server saw at once (never over
// OPENAI_MAX_IN_FLIGHT), and the parse time of a 2-hour SRT file.
//   node --conditions=react-server --import tsx scripts/bench-batch.ts          (its own temporary database)
//   const { benchBatch, printBatchBench } = await import("./bench-batch")   (from `npm run bench`, once no other runner runs)
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface BatchBenchResult {
  segments: number;
  latencyMs: number;
  sequentialMs: number;
  concurrency: number;
  perUser: number;
  concurrentMs: number;
  /** The most image calls the test server answered at once during the default run, and the cap. */
  maxInFlight: number;
  maxInFlightCap: number;
  /** sequential / concurrent: close to min(concurrency, per-user limit) when Inkwell adds little. */
  ratio: number;
  srt: { cues: number; segments: number; medianMs: number };
}

const SEGMENTS = 20;
const LATENCY_MS = 2000;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Runs one batch to the end with a runner of this concurrency; returns the wall time in ms. */
async function timeBatch(slots: { concurrency: number; perUser: number }, segments: number): Promise<number> {
  const { db } = await import("@/lib/db/client");
  const { registerJobKinds } = await import("@/lib/job-kinds");
  const { JobRunner } = await import("@/lib/jobs");
  const { createScript } = await import("@/lib/scripts/create");
  const { illustrateScript } = await import("@/lib/scripts/illustrate");

  const { concurrency } = slots;
  const user = await db().user.create({ data: { email: `bench-batch-${Date.now()}-${concurrency}@example.test` }, select: { id: true } });
  const text = Array.from({ length: segments }, (_, i) => `${Math.floor((i * 10) / 60)}:${String((i * 10) % 60).padStart(2, "0")} Scene ${i + 1}: a harbour town seen from the sea, take ${concurrency}`).join("\n");
  const script = await createScript({ userId: user.id, settings: { title: "Bench", style: "documentary", aspect: "16:9" }, source: { kind: "text", text } });
  registerJobKinds();
  // The scenes are OpenAI jobs: they take the runner's provider slots.
  const runner = new JobRunner({ concurrency: 1, perUser: 1, provider: slots, maxAttempts: 3, pollMs: 50 });
  const started = performance.now();
  const { batchId } = await illustrateScript({ userId: user.id, scriptId: script.id, request: { engine: "openai", quality: "low" } });
  await runner.start();
  try {
    for (;;) {
      const open = await db().job.count({ where: { batchId, status: { in: ["queued", "running"] } } });
      if (open === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await runner.stop();
  }
  const elapsed = performance.now() - started;
  const failed = await db().job.count({ where: { batchId, status: { not: "succeeded" } } });
  if (failed > 0) throw new Error(`${failed} scene jobs of the bench batch did not succeed`);
  return elapsed;
}

/** Parses a 2-hour SRT (a cue every 3 s) merged into 30-second segments, five times. */
async function benchSrt(): Promise<BatchBenchResult["srt"]> {
  const { makeSrt, cueCount } = await import("../tests/support/script-fixtures");
  const { parseScript } = await import("@/lib/scripts/parse");
  const text = makeSrt(120);
  const samples: number[] = [];
  let segments = 0;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    segments = parseScript({ kind: "srt", text, mergeSeconds: 30 }).length;
    samples.push(performance.now() - started);
  }
  return { cues: cueCount(120), segments, medianMs: median(samples) };
}

/**
 * Measures a batch of `segments` scenes against a local OpenAI test server answering every
 * image in `latencyMs`, first one job at a time, then at JOB_CONCURRENCY / JOB_CONCURRENCY_PER_USER.
 * Uses the configured database; stops this process's job runner while it measures.
 */
export async function benchBatch({ segments = SEGMENTS, latencyMs = LATENCY_MS } = {}): Promise<BatchBenchResult> {
  const { startFakeOpenAI } = await import("../tests/support/openai-server");
  const { getEnv, resetEnvForTests } = await import("@/lib/env");
  const { resetEnginesForTests } = await import("@/lib/images/engines");
  const { currentRunner, startJobRunner, stopJobRunner } = await import("@/lib/jobs");
  const server = await startFakeOpenAI({ latencyMs });
  const saved = { key: process.env.OPENAI_API_KEY, url: process.env.OPENAI_BASE_URL, partials: process.env.OPENAI_PARTIAL_IMAGES };
  const hadRunner = Boolean(currentRunner());
  if (hadRunner) await stopJobRunner();
  process.env.OPENAI_API_KEY = "sk-test-inkwell";
  process.env.OPENAI_BASE_URL = server.url;
  process.env.OPENAI_PARTIAL_IMAGES = "0";
  resetEnvForTests();
  resetEnginesForTests();
  try {
    const { JOB_OPENAI_CONCURRENCY: concurrency, JOB_OPENAI_CONCURRENCY_PER_USER: perUser, OPENAI_MAX_IN_FLIGHT: maxInFlightCap } = getEnv();
    const sequentialMs = await timeBatch({ concurrency: 1, perUser: 1 }, segments);
    server.reset();
    const concurrentMs = await timeBatch({ concurrency, perUser }, segments);
    const { maxInFlight } = server;
    return { segments, latencyMs, sequentialMs, concurrency, perUser, concurrentMs, maxInFlight, maxInFlightCap, ratio: sequentialMs / concurrentMs, srt: await benchSrt() };
  } finally {
    await server.close();
    for (const [name, value] of [["OPENAI_API_KEY", saved.key], ["OPENAI_BASE_URL", saved.url], ["OPENAI_PARTIAL_IMAGES", saved.partials]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    resetEnvForTests();
    resetEnginesForTests();
    if (hadRunner) await startJobRunner();
  }
}

export function printBatchBench(result: BatchBenchResult): void {
  const label = (text: string) => text.padEnd(60);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1).padStart(6)} s`;
  console.log(`${label(`${result.segments}-segment batch, ${result.latencyMs / 1000} s per image, concurrency 1`)}${seconds(result.sequentialMs)}`);
  console.log(`${label(`${result.segments}-segment batch, OpenAI concurrency ${result.concurrency} (default, ${result.perUser} per user)`)}${seconds(result.concurrentMs)}`);
  console.log(`${label("Speed-up (concurrency 1 / default)")}${result.ratio.toFixed(2).padStart(6)}×   (target ≥ 4×)`);
  console.log(`${label("Most image calls at once (OPENAI_MAX_IN_FLIGHT)")}${String(result.maxInFlight).padStart(6)}     (cap ${result.maxInFlightCap})`);
  console.log(`${label(`Parse a 2-hour SRT (${result.srt.cues} cues → ${result.srt.segments} segments)`)}${result.srt.medianMs.toFixed(1).padStart(6)} ms median`);
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "inkwell-bench-batch-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
  process.env.STORAGE_DIR = path.join(dir, "blobs");
  process.env.LOG_LEVEL = "error";
  process.env.JOB_RUNNER = "external";
  // OpenAI calls carry a keyed hash of the user's id.
  process.env.AUTH_SECRET ??= "bench-only-secret-for-the-throwaway-database-0123456789";
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { stdio: "ignore", env: process.env });
  try {
    console.log(`\nInkwell script batch benchmark — ${os.cpus().length} cores, Node ${process.version}\n`);
    printBatchBench(await benchBatch());
  } finally {
    const { disconnectDb } = await import("@/lib/db/client");
    await disconnectDb();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (/bench-batch\.[cm]?[jt]s$/.test(process.argv[1] ?? "")) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

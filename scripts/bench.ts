// `npm run bench`: Inkwell's speed and memory, measured here rather than asserted in tests.
// Prints the median and p95 time from the request to the finished image for the offline engine and
// for the OpenAI engine against the local test server answering at once (Inkwell's own overhead),
// the time of a cache hit, and the process's peak memory.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "inkwell-bench-"));
process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
process.env.STORAGE_DIR = path.join(dir, "blobs");
process.env.LOG_LEVEL = "error";
process.env.JOB_RUNNER = "external";
// OpenAI calls carry a safety identifier derived from this secret; the benchmark's own database needs one.
process.env.AUTH_SECRET ??= "bench-only-secret-for-the-throwaway-database-0123456789";
execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { stdio: "ignore", env: process.env });

const RUNS = Number(process.env.BENCH_RUNS ?? 10);

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95) };
}

function line(label: string, samples: number[], target?: string): void {
  const { median, p95 } = stats(samples);
  console.log(`${label.padEnd(44)} median ${median.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms${target ? `   (target ${target})` : ""}`);
}

async function main(): Promise<void> {
  const { startFakeOpenAI } = await import("../tests/support/openai-server");
  const server = await startFakeOpenAI({ latencyMs: 0 });
  process.env.OPENAI_API_KEY = "sk-test-inkwell";
  process.env.OPENAI_BASE_URL = server.url;
  process.env.OPENAI_PARTIAL_IMAGES = "0";
  process.env.IMAGE_ENGINE = "offline";

  const { db } = await import("@/lib/db/client");
  const { startColoringPage } = await import("@/lib/coloring/start-page");
  const { coloringRequestSchema } = await import("@/lib/coloring/schema");
  const { getJob } = await import("@/lib/db/jobs");
  const { onJobsChanged } = await import("@/lib/jobs/events");
  const { registerJobKinds } = await import("@/lib/job-kinds");
  const { startJobRunner, stopJobRunner } = await import("@/lib/jobs");
  registerJobKinds();
  await startJobRunner();
  const user = await db().user.create({ data: { email: "bench@example.test" }, select: { id: true } });

  /** Resolves when the job succeeds: woken by the runner's change events, with a poll as a safety net. */
  async function waitForJob(id: string): Promise<void> {
    for (;;) {
      const current = await getJob(id);
      if (current?.status === "succeeded") return;
      if (current && ["failed", "canceled"].includes(current.status)) throw new Error(`${current.errorCode}: ${current.errorMessage}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          off();
          resolve();
        }, 100);
        const off = onJobsChanged(user.id, () => {
          clearTimeout(timer);
          off();
          resolve();
        });
      });
    }
  }

  async function timePage(body: Record<string, unknown>): Promise<{ ms: number; cached: boolean }> {
    const started = performance.now();
    const { job, cached } = await startColoringPage({ userId: user.id, request: coloringRequestSchema.parse(body) });
    if (!cached) await waitForJob(job.id);
    return { ms: performance.now() - started, cached };
  }

  // Warm-up: load artwork, fonts and the SDK once.
  await timePage({ theme: "warm up", engine: "offline" });
  await timePage({ theme: "warm up", engine: "openai", quality: "low" });

  const offline: number[] = [];
  const openai: number[] = [];
  const cacheHits: number[] = [];
  for (let i = 0; i < RUNS; i++) offline.push((await timePage({ theme: `dinosaurs at the beach ${i}`, engine: "offline" })).ms);
  for (let i = 0; i < RUNS; i++) openai.push((await timePage({ theme: `a rocket in space ${i}`, engine: "openai", quality: "low" })).ms);
  // The test server's own answering time (it draws a real PNG), from the same calls made directly
  // with the SDK, so that what Inkwell adds can be told apart.
  const { default: OpenAI } = await import("openai");
  const client = new OpenAI({ apiKey: "sk-test-inkwell", baseURL: server.url, maxRetries: 0 });
  const direct: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `a rocket in space ${i}` }] });
    await client.images.generate({ model: "gpt-image-2", prompt: `A black and white line drawing, rocket ${i}`, size: "1152x1536", quality: "low", n: 1, output_format: "png" });
    direct.push(performance.now() - started);
  }
  for (let i = 0; i < RUNS; i++) {
    const hit = await timePage({ theme: "dinosaurs at the beach 0", engine: "offline" });
    if (!hit.cached) throw new Error("expected a cache hit");
    cacheHits.push(hit.ms);
  }

  console.log(`\nInkwell benchmark — ${RUNS} runs each, ${os.cpus().length} cores, Node ${process.version}\n`);
  line("Offline coloring page (request → stored)", offline, "< 1000 ms median");
  line("OpenAI page against the instant test server", openai);
  line("  of which the test server's own answers", direct);
  const overhead = stats(openai).median - stats(direct).median;
  console.log(`${"  Inkwell's own overhead (median difference)".padEnd(44)} ${overhead.toFixed(1).padStart(14)} ms   (target < 100 ms)`);
  line("Cache hit", cacheHits, "< 50 ms");
  console.log(`${"Peak memory (RSS)".padEnd(44)} ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);

  try {
    const { benchTrace } = await import("./bench-trace");
    const trace = await benchTrace(5);
    console.log(`${"Trace a 12-megapixel photo".padEnd(44)} median ${trace.medianMs.toFixed(0).padStart(7)} ms   p95 ${trace.p95Ms.toFixed(0).padStart(7)} ms   (target < 3000 ms median)`);
    console.log(`${"Trace peak memory (RSS)".padEnd(44)} ${trace.peakRssMb.toFixed(0)} MiB   (target < 1024 MiB)`);
  } catch (error) {
    console.log(`Trace benchmark unavailable: ${error instanceof Error ? error.message : String(error)}`);
  }

  try {
    const { benchPrintCheck, printPrintCheckBench } = await import("./bench-print-check");
    printPrintCheckBench(await benchPrintCheck(5));
  } catch (error) {
    console.log(`Print check benchmark unavailable: ${error instanceof Error ? error.message : String(error)}`);
  }

  const { benchBook, printBookBench } = await import("./bench-book");
  const book = await benchBook({
    userId: user.id,
    makePage: async (theme) => {
      const { job, cached } = await startColoringPage({ userId: user.id, request: coloringRequestSchema.parse({ theme, engine: "offline" }) });
      if (!cached) await waitForJob(job.id);
      return (await getJob(job.id))!.imageIds[0]!;
    },
  });
  printBookBench(book);
  // In a child process of its own; the runner here is stopped first so the child's claims the pages.
  await stopJobRunner();
  const { benchGeneratedBook, printGeneratedBookBench } = await import("./bench-book");
  printGeneratedBookBench(benchGeneratedBook({ userId: user.id }));

  await stopJobRunner();
  await server.close();

  const { benchBatch, printBatchBench } = await import("./bench-batch");
  printBatchBench(await benchBatch());
  const { benchParse, benchTimingFiles, printParseBench } = await import("./bench-parse");
  printParseBench(benchParse());
  printParseBench(benchTimingFiles(), false, "timing file");
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/**
 * Benchmark for Trace (photo → line art): traces a 12-megapixel photo, made at run time by
 * upscaling a fixture, several times and reports the median and p95 time and the peak RSS.
 *
 *   node --import tsx scripts/bench-trace.ts [runs]
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { loadOpenCv, traceToLineArt } from "../lib/photos/trace";

const FIXTURE = path.join(__dirname, "..", "tests", "fixtures", "photos", "coffee-cup.jpg");

/** A ~12 MP JPEG (4243 × 2829) upscaled from a fixture photo. */
export async function makeTwelveMegapixelPhoto(): Promise<Buffer> {
  return sharp(readFileSync(FIXTURE)).resize(4243, 2829, { fit: "fill", kernel: "lanczos3" }).jpeg({ quality: 90 }).toBuffer();
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

/**
 * Traces a 12 MP photo `runs` times onto a Letter portrait printable area (2250 × 3000) and
 * returns the median and p95 wall time (ms) and the process's peak resident set size (MB).
 * opencv.js is loaded before timing starts, as in a long-running server.
 */
export async function benchTrace(runs = 5): Promise<{ medianMs: number; p95Ms: number; peakRssMb: number }> {
  const photo = await makeTwelveMegapixelPhoto();
  await loadOpenCv();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await traceToLineArt(photo, { ageGroup: "6-9", detail: 3, simplifyBackground: false, width: 2250, height: 3000 });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    medianMs: Math.round(percentile(times, 50)),
    p95Ms: Math.round(percentile(times, 95)),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

if (process.argv[1] && /bench-trace\.[cm]?[jt]s$/.test(process.argv[1])) {
  const runs = Number(process.argv[2] ?? 5) || 5;
  benchTrace(runs).then(
    (result) => {
      console.log(`trace 12 MP → 2250×3000, ${runs} runs: median ${result.medianMs} ms, p95 ${result.p95Ms} ms, peak RSS ${result.peakRssMb} MB`);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}

/**
 * Benchmark for the print check and repair of a Letter page at 300 DPI (2550 × 3300): an offline
 * 6–9 page held to the 3–5 thresholds (its 1.2 mm lines are under their 1.5 mm minimum: every line
 * is thickened and the page checked again; offline pages pass their own age's check as drawn) and
 * the same page once repaired (clean: checked once, returned as it is).
 *
 *   node --conditions=react-server --import tsx scripts/bench-print-check.ts [runs]
 */
import sharp from "sharp";
import { OfflineEngine } from "../lib/images/engines/offline";
import { pageBox, type AgeGroup } from "../lib/images/paper";
import { repairAndCheckPage, type PageRaster } from "../lib/images/print-check";

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

interface OfflinePage {
  engine?: OfflineEngine;
  theme?: string;
  ageGroup?: AgeGroup;
  title?: boolean;
  seed?: number;
}

/** An offline engine page (by default 6–9 "dinosaurs at the beach"), thresholded onto Letter as makePrintReady does, before any repair. */
export async function offlineLetterPage({ engine = new OfflineEngine(), theme = "dinosaurs at the beach", ageGroup = "6-9", title = true, seed = 1 }: OfflinePage = {}): Promise<PageRaster> {
  const box = pageBox("letter", "portrait");
  const options = { ageGroup, paper: "letter", orientation: "portrait", reference: false, title, quality: "medium" } as const;
  const scene = (await engine.describeTheme({ theme, ageGroup })).text;
  const image = await engine.generate({ purpose: "coloring", theme, scene, prompt: theme, options, seed, width: box.content.width, height: box.content.height });
  const { data, info } = await sharp(image.png)
    .flatten({ background: "#ffffff" })
    .greyscale()
    .threshold(160, { greyscale: true })
    .extend({ top: box.content.top, left: box.content.left, bottom: box.height - box.content.height - box.content.top, right: box.width - box.content.width - box.content.left, background: "#ffffff" })
    .toColourspace("b-w")
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: 1, data };
}

interface Timing {
  medianMs: number;
  p95Ms: number;
  /** CPU time of the fastest run: what the work costs when the cores are shared. */
  bestCpuMs: number;
}

function time(runs: number, work: () => void): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    work();
    const spent = process.cpuUsage(usage);
    wall.push(performance.now() - started);
    cpu.push((spent.user + spent.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  return { medianMs: Math.round(percentile(wall, 50)), p95Ms: Math.round(percentile(wall, 95)), bestCpuMs: Math.round(Math.min(...cpu)) };
}

/** The 6–9 page is repaired for younger children, so that the repair has work to do. */
const REPAIRED_FOR: AgeGroup = "3-5";

/** Repairs and checks the page `runs` times, then its repaired version; peak RSS of the process in MiB. */
export async function benchPrintCheck(runs = 5): Promise<{ repair: Timing; clean: Timing; peakRssMb: number }> {
  const page = await offlineLetterPage();
  const repaired = repairAndCheckPage(page, { ageGroup: REPAIRED_FOR });
  const clean = repaired.page;
  return {
    repair: time(runs, () => repairAndCheckPage(page, { ageGroup: REPAIRED_FOR })),
    clean: time(runs, () => repairAndCheckPage(clean, { ageGroup: REPAIRED_FOR })),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

export function printPrintCheckBench(result: Awaited<ReturnType<typeof benchPrintCheck>>): void {
  const row = (label: string, t: Timing) =>
    console.log(`${label.padEnd(44)} median ${String(t.medianMs).padStart(7)} ms   p95 ${String(t.p95Ms).padStart(7)} ms   (CPU ${t.bestCpuMs} ms; target < 1000 ms)`);
  row("Print check + repair of a Letter page", result.repair);
  row("  of a clean Letter page (check only)", result.clean);
  console.log(`${"Print check peak memory (RSS)".padEnd(44)} ${result.peakRssMb} MiB`);
}

if (process.argv[1] && /bench-print-check\.[cm]?[jt]s$/.test(process.argv[1])) {
  benchPrintCheck(Number(process.argv[2] ?? 5) || 5).then(printPrintCheckBench, (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

/**
 * Before/after contact sheets for Trace: for every fixture photo, one JPEG with the photo, its trace
 * by an earlier version of the tracer and its trace by the current one, side by side, plus an
 * `index.md` with measures of each trace. The earlier tracer is taken from git (`--before REF`,
 * by default the last version before subject separation) and run in a child process, so that
 * both versions load their own copy of every module.
 *
 *   npm run contact-sheets [-- --before REF] [--out DIR] [--only NAME]
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import sharp from "sharp";
import { loadOpenCv } from "../lib/photos/trace";
import { decodePage, FIXTURES, inkShare, measureSubject, readSubjects, subjectMask, type SubjectFit } from "../tests/unit/photos/trace-measures";

const ROOT = path.join(__dirname, "..");
/** The tracer as it was before subject separation and CIELAB region merging. */
const DEFAULT_BEFORE = "5f9e9f1";
const DEFAULT_OUT = path.join(ROOT, "docs", "trace-contact-sheets");
/** The studio's defaults: ages 6–9, detail 3, background simplified; drawn at 300 DPI. */
const OPTIONS = { ageGroup: "6-9", detail: 3, simplifyBackground: true } as const;
const LONG_SIDE = 3000;
const PANEL_HEIGHT = 360;

type TraceFn = (photo: Buffer, options: Record<string, unknown>) => Promise<{ png: Buffer }>;

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function fixtures(only?: string): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => /\.(jpe?g|png|webp)$/i.test(f) && (!only || f.includes(only)))
    .sort();
}

async function pageSize(file: string): Promise<{ width: number; height: number; photoWidth: number; photoHeight: number }> {
  const { width = 1, height = 1 } = await sharp(path.join(FIXTURES, file)).metadata();
  const scale = LONG_SIDE / Math.max(width, height);
  return { width: Math.round(width * scale), height: Math.round(height * scale), photoWidth: width, photoHeight: height };
}

/** Child process: traces every fixture with the tracer in `traceDir` and writes PNGs to `outDir`. */
async function render(traceDir: string, outDir: string, only?: string): Promise<void> {
  const tracer = (await import(pathToFileURL(path.join(traceDir, "index.ts")).href)) as { traceToLineArt: TraceFn };
  mkdirSync(outDir, { recursive: true });
  for (const file of fixtures(only)) {
    const { width, height } = await pageSize(file);
    const { png } = await tracer.traceToLineArt(readFileSync(path.join(FIXTURES, file)), { ...OPTIONS, width, height });
    writeFileSync(path.join(outDir, `${path.parse(file).name}.png`), png);
  }
}

/** Extracts `lib/photos/trace` at `ref` under `.local/` (inside the project, so that packages resolve). */
function checkoutTracer(ref: string): string {
  const sha = execFileSync("git", ["rev-parse", "--short", ref], { cwd: ROOT, encoding: "utf8" }).trim();
  const dir = path.join(ROOT, ".local", "contact-sheets", sha);
  if (!existsSync(path.join(dir, "lib", "photos", "trace", "index.ts"))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const archive = execFileSync("git", ["archive", "--format=tar", ref, "lib/photos/trace"], { cwd: ROOT, maxBuffer: 64 << 20 });
    execFileSync("tar", ["-x", "-C", dir], { input: archive });
  }
  return path.join(dir, "lib", "photos", "trace");
}

function renderInChild(traceDir: string, outDir: string, only?: string): void {
  const args = ["--import", "tsx", __filename, "--render", traceDir, outDir, ...(only ? ["--only", only] : [])];
  execFileSync(process.execPath, args, { cwd: ROOT, stdio: "inherit" });
}

async function panel(input: Buffer | string): Promise<Buffer> {
  return sharp(input).resize({ height: PANEL_HEIGHT }).flatten({ background: "#ffffff" }).toColourspace("srgb").png().toBuffer();
}

/** Photo | before | after on a grey strip. */
async function composeSheet(photo: string, before: string, after: string, out: string): Promise<void> {
  const panels = await Promise.all([panel(photo), panel(before), panel(after)]);
  const widths = await Promise.all(panels.map(async (p) => (await sharp(p).metadata()).width ?? 0));
  const gap = 12;
  const width = widths.reduce((s, w) => s + w, 0) + gap * 4;
  let left = gap;
  const composite = panels.map((input, i) => {
    const item = { input, left, top: gap };
    left += widths[i]! + gap;
    return item;
  });
  await sharp({ create: { width, height: PANEL_HEIGHT + 2 * gap, channels: 3, background: "#9a9a9a" } })
    .composite(composite)
    .jpeg({ quality: 75, mozjpeg: true })
    .toFile(out);
}

const percent = (v: number): string => `${(v * 100).toFixed(0)} %`;

async function measure(file: string, png: Buffer): Promise<{ ink: number; fit?: SubjectFit }> {
  const page = await decodePage(png);
  const outline = readSubjects()[file];
  if (!outline) return { ink: inkShare(page) };
  const { photoWidth, photoHeight } = await pageSize(file);
  const mask = await subjectMask(outline, photoWidth, photoHeight, page.width, page.height);
  const { cv } = await loadOpenCv();
  return { ink: inkShare(page), fit: measureSubject(cv, page, mask) };
}

async function main(): Promise<void> {
  const only = argument("--only");
  if (process.argv.includes("--render")) {
    const i = process.argv.indexOf("--render");
    await render(process.argv[i + 1]!, process.argv[i + 2]!, only);
    return;
  }
  const ref = argument("--before") ?? DEFAULT_BEFORE;
  const out = path.resolve(argument("--out") ?? DEFAULT_OUT);
  const work = path.join(ROOT, ".local", "contact-sheets", "pages");
  rmSync(work, { recursive: true, force: true });
  renderInChild(checkoutTracer(ref), path.join(work, "before"), only);
  renderInChild(path.join(ROOT, "lib", "photos", "trace"), path.join(work, "after"), only);
  mkdirSync(out, { recursive: true });
  const rows: string[] = [];
  for (const file of fixtures(only)) {
    const name = path.parse(file).name;
    const before = readFileSync(path.join(work, "before", `${name}.png`));
    const after = readFileSync(path.join(work, "after", `${name}.png`));
    await composeSheet(path.join(FIXTURES, file), path.join(work, "before", `${name}.png`), path.join(work, "after", `${name}.png`), path.join(out, `${name}.jpg`));
    const [b, a] = [await measure(file, before), await measure(file, after)];
    const fit = (m: { fit?: SubjectFit }): string => (m.fit ? `${percent(m.fit.recall)} / ${percent(m.fit.precision)} / ${percent(m.fit.straddling)} / ${m.fit.patches}` : "—");
    rows.push(`| [${name}](${name}.jpg) | ${percent(b.ink)} → ${percent(a.ink)} | ${fit(b)} | ${fit(a)} |`);
    console.log(`${name}: ink ${percent(b.ink)} → ${percent(a.ink)}; subject ${fit(b)} → ${fit(a)}`);
  }
  const index = [
    "# Trace contact sheets",
    "",
    `Made by \`npm run contact-sheets\`. Each sheet shows the photo, its trace before (\`${ref}\`) and its trace now,`,
    "with the studio's defaults (ages 6–9, detail 3, background simplified) drawn at 300 DPI.",
    "",
    "Subject: cover / precision / straddling / patches, measured against the hand-drawn outline in",
    "`tests/fixtures/photos/subjects.json` (see `tests/unit/photos/trace-measures.ts`): how much of the subject the",
    "largest closed shape drawn on it covers, how much of that shape lies on the subject, the share of the areas to",
    "color that straddle the subject's outline (leaks), and how many areas to color lie on the subject (patches).",
    "",
    "| Photo | Ink before → after | Subject before | Subject after |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
  writeFileSync(path.join(out, "README.md"), index);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

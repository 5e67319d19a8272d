/**
 * Traces of real photos of the kinds Trace used to fail on, each checked as a person would judge
 * the page: it passes the print check (after the repair every stored page gets), and the subject
 * outlined by hand in `tests/fixtures/photos/subjects.json` is drawn as one large closed shape, not
 * cut up by shading or texture and not leaking into the background.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { AgeGroup } from "@/lib/images/paper";
import { checkPage, readPageRaster, repairAndCheckPage, type PrintCheck } from "@/lib/images/print-check";
import { loadOpenCv, traceToLineArt } from "@/lib/photos/trace";
import { fitBox } from "@/lib/photos/trace/draw";
import { decodePage, FIXTURES, measureSubject, readSubjects, subjectMask, type SubjectFit } from "./trace-measures";

interface Case {
  file: string;
  ageGroup: AgeGroup;
  /** Share of the hand-drawn subject the largest closed shape on it must cover. */
  minCover: number;
  /** Most areas to color lying on the subject: more means shading or texture made patches. */
  maxPatches: number;
  /** Open outlines the page may still have after the repair (a known shortfall, reported as such). */
  leaksLeft?: number;
}

// Thresholds sit below what the tracer draws (measured values in the comments) and, where the
// photo is of a kind that used to fail, above what the earlier tracer drew (the second value).
const CASES: Case[] = [
  // Fur among leaves: 74 % (was 13 %), 16 areas (was 70, a tangle of fur patches).
  { file: "raccoon-palm-leaves.jpg", ageGroup: "6-9", minCover: 0.5, maxPatches: 30 },
  // Shiny apple: 56 % (was 28 %, cut by shading bands), 7 areas (was 19).
  { file: "apple-shiny.jpg", ageGroup: "6-9", minCover: 0.45, maxPatches: 12 },
  // Butterfly on a striped leaf: each wing is a closed shape of its own, 32 %; 31 areas (was 42).
  { file: "butterfly-leaf.jpg", ageGroup: "6-9", minCover: 0.25, maxPatches: 40 },
  // Mandrill's muzzle: cheeks and nose are separate shapes, 22 %; 20 areas (was 30).
  { file: "baboon-mandrill.jpg", ageGroup: "6-9", minCover: 0.15, maxPatches: 26 },
  // Uniformed portrait in front of a flag: 60 % (was 59 %); 40 areas (was 44).
  // Still short: the cap badge and the glasses give ~20 short detail lines that end near others;
  // the repair leaves 3 open, so the stored page fails on leaks alone.
  { file: "portrait-grace-hopper.jpg", ageGroup: "6-9", minCover: 0.45, maxPatches: 48, leaksLeft: 3 },
  // Cup on a wooden table: 30 % (was 12 %); 24 areas (was 40).
  { file: "coffee-cup.jpg", ageGroup: "10-12", minCover: 0.2, maxPatches: 36 },
];

interface Traced {
  raw: PrintCheck;
  stored: PrintCheck;
  fit: SubjectFit;
}

/** Traces a fixture onto a Letter page (portrait or landscape, as the photo is) with the studio's defaults. */
async function traceFixture(c: Case): Promise<Traced> {
  const photo = readFileSync(path.join(FIXTURES, c.file));
  const { width: pw = 1, height: ph = 1 } = await sharp(photo).metadata();
  const [width, height] = pw >= ph ? [3000, 2250] : [2250, 3000];
  const { png } = await traceToLineArt(photo, { ageGroup: c.ageGroup, detail: 3, simplifyBackground: true, width, height });
  const raster = await readPageRaster(png);
  const outline = readSubjects()[c.file]!;
  const box = fitBox(pw, ph, width, height);
  const inBox = await subjectMask(outline, pw, ph, box.width, box.height);
  const mask = new Uint8Array(width * height);
  for (let y = 0; y < box.height; y++) mask.set(inBox.subarray(y * box.width, (y + 1) * box.width), (box.top + y) * width + box.left);
  const { cv } = await loadOpenCv();
  return {
    raw: checkPage(raster, { ageGroup: c.ageGroup }),
    stored: repairAndCheckPage(raster, { ageGroup: c.ageGroup }).check,
    fit: measureSubject(cv, await decodePage(png), mask),
  };
}

describe("traces of photos that used to fail", () => {
  const results = new Map<string, Traced>();

  beforeAll(async () => {
    for (const c of CASES) results.set(c.file, await traceFixture(c));
  }, 240_000);

  it.each(CASES)("$file: lines, areas, grey and fills pass the print check as drawn", ({ file, leaksLeft }) => {
    const { items } = results.get(file)!.raw;
    expect({ grey: items.grey.pass, lines: items.lines.pass, areas: items.areas.pass, solids: items.solids.pass }).toEqual({ grey: true, lines: true, areas: true, solids: true });
    // Detail lines are joined to the lines they stop short of; the repair closes the last few.
    expect(items.leaks.count).toBeLessThanOrEqual(leaksLeft ? 24 : 8);
  });

  it.each(CASES)("$file: the page as stored passes the print check", ({ file, leaksLeft = 0 }) => {
    const { stored } = results.get(file)!;
    const failing = Object.entries(stored.items).filter(([id, item]) => !item.pass && !(id === "leaks" && leaksLeft > 0));
    expect(failing.map(([id, item]) => `${id}: ${item.reasons.map((r) => r.message).join("; ")}`)).toEqual([]);
    expect(stored.items.leaks.count).toBeLessThanOrEqual(leaksLeft);
    expect(stored.pass).toBe(leaksLeft === 0 || stored.items.leaks.count === 0);
  });

  it.each(CASES)("$file: the largest closed outline on the subject covers a plausible part of it", ({ file, minCover }) => {
    const { fit } = results.get(file)!;
    expect(fit.recall).toBeGreaterThanOrEqual(minCover);
    // …and is the subject's, not the background's.
    expect(fit.precision).toBeGreaterThan(0.9);
  });

  it.each(CASES)("$file: no area to color leaks across the subject's outline", ({ file }) => {
    expect(results.get(file)!.fit.straddling).toBeLessThan(0.05);
  });

  it.each(CASES)("$file: shading and texture make no patches of their own", ({ file, maxPatches }) => {
    expect(results.get(file)!.fit.patches).toBeLessThanOrEqual(maxPatches);
  });
});

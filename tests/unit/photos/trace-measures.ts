/**
 * Measures of a traced page used by the trace tests and by `scripts/contact-sheets.ts`: ink share,
 * areas to color, and how well the drawn outlines separate a photo's subject from its background.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import type { Cv } from "@/lib/photos/trace/opencv";

export const FIXTURES = path.join(__dirname, "..", "..", "fixtures", "photos");

/** A decoded page: one byte per pixel, 0 = ink, 255 = paper. */
export interface Page {
  pixels: Uint8Array;
  width: number;
  height: number;
  channels: number;
}

export async function decodePage(png: Buffer): Promise<Page> {
  const { channels } = await sharp(png).metadata();
  const { data, info } = await sharp(png).toColourspace("b-w").raw().toBuffer({ resolveWithObject: true });
  return { pixels: new Uint8Array(data), width: info.width, height: info.height, channels: channels ?? 0 };
}

export const inkShare = (page: Page): number => page.pixels.reduce((n, v) => n + (v === 0 ? 1 : 0), 0) / page.pixels.length;

/** A subject outlined by hand on a fixture photo, in the photo's own pixel coordinates. */
export interface SubjectOutline {
  /** What the outline surrounds, in words. */
  subject: string;
  polygon: Array<[number, number]>;
}

/** The hand-drawn subject outlines of `tests/fixtures/photos/subjects.json`, by file name. */
export function readSubjects(): Record<string, SubjectOutline> {
  return JSON.parse(readFileSync(path.join(FIXTURES, "subjects.json"), "utf8")) as Record<string, SubjectOutline>;
}

/** Rasterises a subject outline at `width × height` (the photo scaled to that size): 1 inside. */
export async function subjectMask(outline: SubjectOutline, photoWidth: number, photoHeight: number, width: number, height: number): Promise<Uint8Array> {
  const points = outline.polygon.map(([x, y]) => `${x},${y}`).join(" ");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${photoWidth}" height="${photoHeight}"><rect width="100%" height="100%" fill="black"/><polygon points="${points}" fill="white"/></svg>`;
  const { data } = await sharp(Buffer.from(svg)).resize(width, height, { fit: "fill" }).toColourspace("b-w").raw().toBuffer({ resolveWithObject: true });
  return Uint8Array.from(data, (v) => (v >= 128 ? 1 : 0));
}

/** How the drawn subject compares with the hand-drawn one. */
export interface SubjectFit {
  /** Share of the hand-drawn subject covered by the largest closed shape drawn on it. */
  recall: number;
  /** Share of that closed shape lying on the subject (or within a small margin of its outline). */
  precision: number;
  /** Share of the picture's areas to color that straddle the subject's outline (leaks). */
  straddling: number;
  /** How many areas to color (beyond slivers) lie mostly on the subject. */
  patches: number;
}

/**
 * Finds the largest closed outline drawn on the subject and compares it with the hand-drawn one.
 * A closed shape is an area to color (4-connected paper) with everything it encloses (the areas
 * and lines inside it); among the shapes lying mostly inside `mask`, the one covering most of the
 * mask is taken. A subject whose outline is broken has no such shape (its inside joins the
 * background, which lies mostly outside the mask), and one cut into patches by shading or texture
 * only has small ones.
 */
export function measureSubject(cv: Cv, fullPage: Page, fullMask: Uint8Array): SubjectFit {
  // Measured at about 1000 px: a block holding any ink is ink, so no outline opens up.
  const factor = Math.max(1, Math.floor(Math.max(fullPage.width, fullPage.height) / 1000));
  const { page, mask } = reduce(fullPage, fullMask, factor);
  const { width, height } = page;
  const n = width * height;
  const paper = new cv.Mat(height, width, cv.CV_8UC1);
  const labels = new cv.Mat();
  let ids: Int32Array;
  let count: number;
  try {
    for (let p = 0; p < n; p++) paper.data[p] = page.pixels[p] === 255 ? 255 : 0;
    count = cv.connectedComponents(paper, labels, 4, cv.CV_32S);
    ids = new Int32Array(labels.data32S);
  } finally {
    paper.delete();
    labels.delete();
  }
  const area = new Float64Array(count);
  const inside = new Float64Array(count);
  let maskArea = 0;
  for (let p = 0; p < n; p++) {
    const c = ids[p]!;
    area[c]! += 1;
    if (mask[p]) {
      inside[c]! += 1;
      maskArea++;
    }
  }
  let straddle = 0;
  let paperArea = 0;
  let patches = 0;
  const candidates: number[] = [];
  for (let c = 1; c < count; c++) {
    paperArea += area[c]!;
    const share = inside[c]! / area[c]!;
    if (share > 0.25 && share < 0.75) straddle += area[c]!;
    if (share > 0.5) {
      candidates.push(c);
      // Slivers along lines are not areas anyone would color.
      if (area[c]! > 1e-4 * n) patches++;
    }
  }
  candidates.sort((a, b) => area[b]! - area[a]! || a - b);
  const margin = near(cv, mask, width, height, Math.round(0.03 * Math.hypot(width, height)));
  let best = { covered: 0, precision: 0 };
  for (const c of candidates.slice(0, 16)) {
    const shape = fillHoles(ids, c, width, height);
    let size = 0;
    let covered = 0;
    let onSubject = 0;
    for (let p = 0; p < n; p++) {
      if (!shape[p]) continue;
      size++;
      if (mask[p]) covered++;
      if (margin[p]) onSubject++;
    }
    if (covered > best.covered) best = { covered, precision: onSubject / size };
  }
  return {
    recall: maskArea > 0 ? best.covered / maskArea : 0,
    precision: best.precision,
    straddling: paperArea > 0 ? straddle / paperArea : 0,
    patches,
  };
}

/** The page and mask shrunk by an integer factor: ink if any ink, subject if most is subject. */
function reduce(page: Page, mask: Uint8Array, factor: number): { page: Page; mask: Uint8Array } {
  if (factor === 1) return { page, mask };
  const width = Math.floor(page.width / factor);
  const height = Math.floor(page.height / factor);
  const pixels = new Uint8Array(width * height).fill(255);
  const votes = new Uint16Array(width * height);
  for (let y = 0; y < height * factor; y++) {
    const row = Math.floor(y / factor) * width;
    for (let x = 0; x < width * factor; x++) {
      const q = row + Math.floor(x / factor);
      const p = y * page.width + x;
      if (page.pixels[p] === 0) pixels[q] = 0;
      votes[q]! += mask[p]!;
    }
  }
  const half = (factor * factor) / 2;
  return { page: { pixels, width, height, channels: 1 }, mask: Uint8Array.from(votes, (v) => (v > half ? 1 : 0)) };
}

/** 1 for the pixels of component `id` and every pixel it encloses. */
function fillHoles(ids: Int32Array, id: number, width: number, height: number): Uint8Array {
  const out = new Uint8Array(ids.length);
  if (id <= 0) return out;
  // Flood the outside (everything not the piece reachable from the page edge), then invert.
  const outside = new Uint8Array(ids.length);
  const stack = new Int32Array(ids.length);
  let top = 0;
  const visit = (p: number): void => {
    if (outside[p] || ids[p] === id) return;
    outside[p] = 1;
    stack[top++] = p;
  };
  for (let x = 0; x < width; x++) {
    visit(x);
    visit((height - 1) * width + x);
  }
  for (let y = 0; y < height; y++) {
    visit(y * width);
    visit(y * width + width - 1);
  }
  while (top > 0) {
    const p = stack[--top]!;
    const x = p % width;
    if (x > 0) visit(p - 1);
    if (x < width - 1) visit(p + 1);
    if (p >= width) visit(p - width);
    if (p + width < ids.length) visit(p + width);
  }
  for (let p = 0; p < ids.length; p++) out[p] = outside[p] ? 0 : 1;
  return out;
}

/** 1 for pixels within `radius` px (Euclidean) of the mask. */
function near(cv: Cv, mask: Uint8Array, width: number, height: number, radius: number): Uint8Array {
  const outside = new cv.Mat(height, width, cv.CV_8UC1);
  const distance = new cv.Mat();
  try {
    for (let p = 0; p < mask.length; p++) outside.data[p] = mask[p] ? 0 : 255;
    cv.distanceTransform(outside, distance, cv.DIST_L2, 3);
    return Uint8Array.from(distance.data32F, (d) => (d <= radius ? 1 : 0));
  } finally {
    outside.delete();
    distance.delete();
  }
}

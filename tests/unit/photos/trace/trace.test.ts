import { readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { AGE_STYLES, type AgeGroup } from "@/lib/images/paper";
import { checkPage } from "@/lib/images/print-check";
import { loadOpenCv, traceToLineArt, type TraceOptions } from "@/lib/photos/trace";
import { detectFaces } from "@/lib/photos/trace/faces";
import type { Cv } from "@/lib/photos/trace/opencv";

const FIXTURES = path.join(__dirname, "..", "..", "..", "fixtures", "photos");
const photo = (name: string): Buffer => readFileSync(path.join(FIXTURES, name));

interface Page {
  pixels: Uint8Array;
  width: number;
  height: number;
  channels: number;
}

async function decode(png: Buffer): Promise<Page> {
  const { channels } = await sharp(png).metadata();
  const { data, info } = await sharp(png).toColourspace("b-w").raw().toBuffer({ resolveWithObject: true });
  return { pixels: new Uint8Array(data), width: info.width, height: info.height, channels: channels ?? 0 };
}

const inkShare = (page: Page): number => page.pixels.reduce((n, v) => n + (v === 0 ? 1 : 0), 0) / page.pixels.length;

/** Areas of the 8-connected black components (and each pixel's component, 0 = paper, in `labels`). */
function inkComponents(cv: Cv, page: Page, labels?: Int32Array): number[] {
  const ink = new cv.Mat(page.height, page.width, cv.CV_8UC1);
  const ids = new cv.Mat();
  const stats = new cv.Mat();
  const centroids = new cv.Mat();
  try {
    for (let p = 0; p < page.pixels.length; p++) ink.data[p] = page.pixels[p] === 0 ? 255 : 0;
    const count = cv.connectedComponentsWithStats(ink, ids, stats, centroids, 8, cv.CV_32S);
    if (labels) labels.set(ids.data32S);
    return Array.from({ length: count - 1 }, (_, i) => stats.intAt(i + 1, cv.CC_STAT_AREA));
  } finally {
    for (const mat of [ink, ids, stats, centroids]) mat.delete();
  }
}

const inkCount = (page: Page): number => page.pixels.reduce((n, v) => n + (v === 0 ? 1 : 0), 0);
const shareOf = (mask: Uint8Array, page: Page): number => mask.reduce((n, v) => n + v, 0) / inkCount(page);

/** The page cropped to the bounding box of its ink (plus a margin), to keep measurements fast. */
function cropToInk(page: Page, margin: number): Page {
  let x0 = page.width;
  let y0 = page.height;
  let x1 = 0;
  let y1 = 0;
  for (let p = 0; p < page.pixels.length; p++) {
    if (page.pixels[p] !== 0) continue;
    const x = p % page.width;
    const y = (p - x) / page.width;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    y1 = y;
  }
  x0 = Math.max(0, x0 - margin);
  y0 = Math.max(0, y0 - margin);
  x1 = Math.min(page.width - 1, x1 + margin);
  y1 = Math.min(page.height - 1, y1 + margin);
  const width = x1 - x0 + 1;
  const height = y1 - y0 + 1;
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) pixels.set(page.pixels.subarray((y0 + y) * page.width + x0, (y0 + y) * page.width + x1 + 1), y * width);
  return { pixels, width, height, channels: 1 };
}

/**
 * Ink lying in strokes at least `diameter` px wide: the ink that survives a morphological opening
 * with a disk of that diameter (thinner strokes vanish entirely). Returns 1 per surviving pixel.
 */
function inkAtLeast(cv: Cv, page: Page, diameter: number): Uint8Array {
  const { width, height } = page;
  const ink = new cv.Mat(height, width, cv.CV_8UC1);
  const inside = new cv.Mat();
  const core = new cv.Mat(height, width, cv.CV_8UC1);
  const reach = new cv.Mat();
  try {
    for (let p = 0; p < page.pixels.length; p++) ink.data[p] = page.pixels[p] === 0 ? 255 : 0;
    cv.distanceTransform(ink, inside, cv.DIST_L2, 5);
    const radius = diameter / 2;
    const depth = inside.data32F;
    // Centres of disks that fit in the ink: further than the radius from paper.
    for (let p = 0; p < depth.length; p++) core.data[p] = depth[p]! >= radius ? 0 : 255;
    cv.distanceTransform(core, reach, cv.DIST_L2, 5);
    const toCore = reach.data32F;
    const out = new Uint8Array(page.pixels.length);
    for (let p = 0; p < out.length; p++) out[p] = page.pixels[p] === 0 && toCore[p]! <= radius + 0.5 ? 1 : 0;
    return out;
  } finally {
    for (const mat of [ink, inside, core, reach]) mat.delete();
  }
}

const base: Omit<TraceOptions, "ageGroup"> = { detail: 3, simplifyBackground: false, width: 2250, height: 3000 };

interface Case {
  file: string;
  ageGroup: AgeGroup;
  width: number;
  height: number;
}

const CASES: Case[] = [
  { file: "cat-chelsea.jpg", ageGroup: "3-5", width: 2250, height: 3000 },
  { file: "portrait-astronaut.jpg", ageGroup: "6-9", width: 2250, height: 3000 },
  { file: "coffee-cup.jpg", ageGroup: "adult", width: 3000, height: 2250 },
];

describe("traceToLineArt on real photos", () => {
  let cv: Cv;
  const results = new Map<string, { png: Buffer; page: Page }>();

  beforeAll(async () => {
    cv = (await loadOpenCv()).cv;
    for (const c of CASES) {
      const result = await traceToLineArt(photo(c.file), { ...base, ageGroup: c.ageGroup, width: c.width, height: c.height });
      expect(result.width).toBe(c.width);
      expect(result.height).toBe(c.height);
      results.set(c.file, { png: result.png, page: await decode(result.png) });
    }
  }, 60_000);

  it.each(CASES)("$file ($ageGroup): exact size, one channel, only 0 and 255", ({ file, width, height }) => {
    const { page } = results.get(file)!;
    expect([page.width, page.height, page.channels]).toEqual([width, height, 1]);
    const values = new Set(page.pixels);
    expect([...values].sort((a, b) => a - b)).toEqual([0, 255]);
  });

  it.each(CASES)("$file ($ageGroup): ink coverage looks like a coloring page", ({ file }) => {
    const share = inkShare(results.get(file)!.page);
    expect(share).toBeGreaterThan(0.015);
    expect(share).toBeLessThan(0.3);
  });

  it.each(CASES)("$file ($ageGroup): no speckle", ({ file, ageGroup }) => {
    const areas = inkComponents(cv, cropToInk(results.get(file)!.page, 2));
    const line = AGE_STYLES[ageGroup].minLinePx;
    // A dot or dash smaller than a few line widths square is noise, not line art.
    const specks = areas.filter((a) => a < 4 * line * line);
    expect(areas.length).toBeGreaterThan(0);
    expect(specks.length).toBeLessThanOrEqual(Math.max(2, areas.length * 0.05));
  });

  it("keeps the art inside the fitted picture and the rest of the page white", () => {
    // The cat (451×300) fills the page width: bands above and below the picture stay blank.
    const { page } = results.get("cat-chelsea.jpg")!;
    const pictureHeight = Math.round((2250 * 300) / 451);
    const band = Math.floor((3000 - pictureHeight) / 2) - 2;
    for (const row of [0, band - 1, 3000 - band]) {
      expect(page.pixels.subarray(row * 2250, (row + 1) * 2250).every((v) => v === 255)).toBe(true);
    }
  });

  it.each(CASES.filter((c) => c.ageGroup === "3-5" || c.ageGroup === "adult"))(
    "$file ($ageGroup): lines are at least the age group's minimum width at 300 DPI",
    ({ file, ageGroup }) => {
      const { minLinePx, linePx } = AGE_STYLES[ageGroup];
      const page = cropToInk(results.get(file)!.page, 2 * linePx);
      // Disks of the minimum width (less half a pixel of rasterisation slack) fit nearly all ink…
      const wide = inkAtLeast(cv, page, minLinePx - 0.5);
      expect(shareOf(wide, page)).toBeGreaterThan(0.97);
      // …and every stroke, however short, is that wide somewhere.
      const labels = new Int32Array(page.pixels.length);
      const areas = inkComponents(cv, page, labels);
      const thick = new Uint8Array(areas.length + 1);
      for (let p = 0; p < wide.length; p++) if (wide[p]) thick[labels[p]!] = 1;
      expect(areas.length - thick.reduce((n, v) => n + v, 0)).toBe(0);
    },
  );

  it("draws more lines at detail 5 than at detail 1", async () => {
    const options = { ...base, ageGroup: "6-9" as const, width: 1500, height: 2000 };
    const low = await decode((await traceToLineArt(photo("cat-chelsea.jpg"), { ...options, detail: 1 })).png);
    const high = await decode((await traceToLineArt(photo("cat-chelsea.jpg"), { ...options, detail: 5 })).png);
    expect(inkShare(high)).toBeGreaterThan(inkShare(low) * 1.5);
    // More lines make more areas to color (detail lines are joined to the outlines they approach,
    // so the number of separate ink pieces says nothing).
    const areas = (page: Page): number => checkPage({ data: page.pixels, width: page.width, height: page.height, channels: 1 }, { ageGroup: "6-9" }).items.areas.count;
    expect(areas(high)).toBeGreaterThan(areas(low));
  });

  it("simplifying the background removes background clutter", async () => {
    const options = { ...base, ageGroup: "adult" as const, width: 3000, height: 2250 };
    const simple = await decode((await traceToLineArt(photo("coffee-cup.jpg"), { ...options, simplifyBackground: true })).png);
    expect(inkShare(simple)).toBeLessThan(inkShare(results.get("coffee-cup.jpg")!.page) * 0.95);
    expect(inkShare(simple)).toBeGreaterThan(0.015);
  });

  it("is deterministic, also when traces run concurrently", async () => {
    const [again, other] = await Promise.all([
      traceToLineArt(photo("portrait-astronaut.jpg"), { ...base, ageGroup: "6-9" }),
      traceToLineArt(photo("cat-chelsea.jpg"), { ...base, ageGroup: "3-5" }),
    ]);
    expect(again.png.equals(results.get("portrait-astronaut.jpg")!.png)).toBe(true);
    expect(other.png.equals(results.get("cat-chelsea.jpg")!.png)).toBe(true);
  });
});

describe("traceToLineArt control", () => {
  it("rejects with an AbortError when the signal is already aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(traceToLineArt(photo("cat-chelsea.jpg"), { ...base, ageGroup: "6-9", signal: controller.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
  });

  it("stops between stages when aborted mid-way, after reporting progress", async () => {
    const controller = new AbortController();
    const progress: number[] = [];
    const run = traceToLineArt(photo("cat-chelsea.jpg"), {
      ...base,
      ageGroup: "6-9",
      signal: controller.signal,
      onProgress: (percent) => {
        progress.push(percent);
        if (percent > 20) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBeLessThan(100);
  });

  it("reports increasing progress up to 100 (and traces a night scene)", async () => {
    const progress: number[] = [];
    const result = await traceToLineArt(photo("rocket-launch.jpg"), {
      ...base,
      ageGroup: "10-12",
      width: 1200,
      height: 900,
      onProgress: (p) => progress.push(p),
    });
    expect(progress.at(-1)).toBe(100);
    expect(progress.every((p, i) => i === 0 || p >= progress[i - 1]!)).toBe(true);
    const page = await decode(result.png);
    expect([page.width, page.height]).toEqual([1200, 900]);
    expect(inkShare(page)).toBeGreaterThan(0.015);
    expect(inkShare(page)).toBeLessThan(0.3);
  });

  it("rejects input that is not an image", async () => {
    await expect(traceToLineArt(Buffer.from("not an image"), { ...base, ageGroup: "6-9" })).rejects.toThrow();
  });
});

describe("detectFaces", () => {
  async function grey(file: string): Promise<{ data: Uint8Array; width: number; height: number }> {
    const { data, info } = await sharp(photo(file)).resize(720, 720, { fit: "inside" }).greyscale().toColourspace("b-w").raw().toBuffer({ resolveWithObject: true });
    return { data: new Uint8Array(data), width: info.width, height: info.height };
  }

  it("finds the astronaut's face and no face on the coffee cup", async () => {
    const { cv } = await loadOpenCv();
    const portrait = await grey("portrait-astronaut.jpg");
    const faces = await detectFaces(cv, portrait.data, portrait.width, portrait.height);
    expect(faces).toHaveLength(1);
    // The face is in the upper middle of the photo.
    const face = faces[0]!;
    expect(face.x + face.width / 2).toBeGreaterThan(portrait.width * 0.4);
    expect(face.x + face.width / 2).toBeLessThan(portrait.width * 0.7);
    expect(face.y + face.height / 2).toBeLessThan(portrait.height * 0.5);
    const cup = await grey("coffee-cup.jpg");
    expect(await detectFaces(cv, cup.data, cup.width, cup.height)).toHaveLength(0);
  });
});

/** The steps of Trace's pipeline on small synthetic images with known answers. */
import { beforeAll, describe, expect, it } from "vitest";
import { AGE_GROUPS, DPI } from "@/lib/images/paper";
import { PRINT_THRESHOLDS } from "@/lib/images/print-check";
import { loadOpenCv, traceParams } from "@/lib/photos/trace";
import { fillSlivers } from "@/lib/photos/trace/draw";
import { closeDetailGaps } from "@/lib/photos/trace/gaps";
import { seededRandom } from "@/lib/photos/trace/kmeans";
import { mergeRegions } from "@/lib/photos/trace/merge";
import type { Cv } from "@/lib/photos/trace/opencv";
import { RegionGraph } from "@/lib/photos/trace/region-graph";
import { findSubject, SUBJECT_LIMITS, tidySubjectMask } from "@/lib/photos/trace/subject";
import { flattenTexture, TEXTURE } from "@/lib/photos/trace/texture";

let cv: Cv;
beforeAll(async () => {
  cv = (await loadOpenCv()).cv;
});

/** A noisy green field (leaves) with an optional red disc (the subject). */
function scene(width: number, height: number, disc?: { x: number; y: number; r: number }): { data: Uint8Array; width: number; height: number; inside: Uint8Array } {
  const random = seededRandom(7);
  const data = new Uint8Array(width * height * 3);
  const inside = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = y * width + x;
      const n = Math.round(random() * 40);
      const isDisc = disc !== undefined && Math.hypot(x - disc.x, y - disc.y) <= disc.r;
      inside[p] = isDisc ? 1 : 0;
      data.set(isDisc ? [200 + n / 4, 30 + n / 4, 30] : [40 + n, 140 + n, 50], p * 3);
    }
  }
  return { data, width, height, inside };
}

describe("findSubject", () => {
  it("finds a red disc on leaves, the same every time", () => {
    const image = scene(240, 180, { x: 120, y: 90, r: 50 });
    const first = findSubject(cv, image)!;
    expect(first).not.toBeNull();
    let both = 0;
    let either = 0;
    for (let p = 0; p < image.inside.length; p++) {
      if (first.mask[p] && image.inside[p]) both++;
      if (first.mask[p] || image.inside[p]) either++;
    }
    expect(both / either).toBeGreaterThan(0.9);
    findSubject(cv, scene(240, 180, { x: 60, y: 60, r: 30 }));
    expect(Buffer.from(findSubject(cv, image)!.mask).equals(Buffer.from(first.mask))).toBe(true);
  });

  it("carries a subject that runs off the photo's edge on to the edge", () => {
    const image = scene(240, 180, { x: 120, y: 130, r: 60 });
    const found = findSubject(cv, image)!;
    const bottom = found.mask.subarray(179 * 240, 180 * 240);
    expect(bottom[120]).toBe(1);
    expect(bottom[5]).toBe(0);
  });

  it("finds nothing in a photo without a subject", () => {
    expect(findSubject(cv, scene(240, 180))).toBeNull();
  });

  it("refuses subjects too small or too large, and outlines with the same colours on both sides", () => {
    // minShare is 4 %: a disc of 3 % is refused, one of 5 % kept.
    const area = (share: number): number => Math.sqrt((share * 240 * 180) / Math.PI);
    expect(findSubject(cv, scene(240, 180, { x: 120, y: 90, r: area(0.03) }))).toBeNull();
    expect(findSubject(cv, scene(240, 180, { x: 120, y: 90, r: area(0.05) }))).not.toBeNull();
    const image = scene(240, 180, { x: 120, y: 90, r: 50 });
    const share = findSubject(cv, image)!.share;
    expect(findSubject(cv, image, { ...SUBJECT_LIMITS, maxShare: share - 0.01 })).toBeNull();
    const likeness = findSubject(cv, image)!.ringLikeness;
    expect(findSubject(cv, image, { ...SUBJECT_LIMITS, maxRingLikeness: likeness - 0.01 })).toBeNull();
    expect(findSubject(cv, image, { ...SUBJECT_LIMITS, maxRingLikeness: likeness + 0.01 })).not.toBeNull();
  });
});

describe("tidySubjectMask", () => {
  it("drops thin protrusions, small islands and small holes, and keeps large holes", () => {
    const w = 200;
    const h = 120;
    const mask = new Uint8Array(w * h);
    const fill = (x0: number, y0: number, x1: number, y1: number, v: number): void => {
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) mask[y * w + x] = v;
    };
    fill(20, 20, 120, 100, 1); // body
    fill(120, 58, 190, 61, 1); // a whisker, 3 px thick
    fill(160, 10, 166, 16, 1); // a small island, 36 px
    fill(40, 40, 44, 44, 0); // a small hole, 16 px
    fill(70, 40, 100, 80, 0); // a large hole, 1200 px
    const tidy = tidySubjectMask(cv, mask, w, h, 3, 100);
    expect(tidy[59 * w + 170]).toBe(0);
    expect(tidy[12 * w + 162]).toBe(0);
    expect(tidy[41 * w + 41]).toBe(1);
    expect(tidy[60 * w + 85]).toBe(0);
    expect(tidy[30 * w + 30]).toBe(1);
  });
});

describe("flattenTexture", () => {
  it("flattens dense texture and leaves a lone edge alone", () => {
    const w = 200;
    const h = 100;
    const rgb = new Uint8Array(w * h * 3);
    const grey = new Uint8Array(w * h);
    const random = seededRandom(3);
    const blocks = Array.from({ length: (w / 3) * (h / 3 + 1) }, () => 60 + Math.round(random() * 140));
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        // Left: random 3-px blocks (fur); right: one edge at x = 150.
        const v = x < 100 ? blocks[Math.floor(y / 3) * 67 + Math.floor(x / 3)]! : x < 150 ? 60 : 200;
        rgb.fill(v, (y * w + x) * 3, (y * w + x) * 3 + 3);
        grey[y * w + x] = v;
      }
    }
    // A blur of 4 px, as strong as on a photo, where 0.5 % of the long side would be 1 px here.
    const { rgb: flat, weight } = flattenTexture(cv, rgb, grey, w, h, { ...TEXTURE, blur: 0.02 });
    expect(weight[50 * w + 40]).toBe(1);
    expect(weight[50 * w + 150]).toBe(0);
    const spread = (x0: number): number => Math.max(...Array.from({ length: 8 }, (_, i) => flat[(50 * w + x0 + i) * 3]!)) - Math.min(...Array.from({ length: 8 }, (_, i) => flat[(50 * w + x0 + i) * 3]!));
    expect(spread(40)).toBeLessThan(40);
    expect(flat[(50 * w + 146) * 3]).toBe(60);
    expect(flat[(50 * w + 154) * 3]).toBe(200);
  });
});

describe("merging with a colour weight", () => {
  /** Two regions side by side whose colours differ by ΔE 12, across a border with no contrast (shading). */
  function shading(): RegionGraph {
    const w = 40;
    const ids = new Int32Array(w * 20).map((_, p) => (p % w < 20 ? 0 : 1));
    const lab = new Float32Array(w * 20 * 3).map((_, i) => (i % 3 === 0 ? (Math.floor(i / 3) % w < 20 ? 50 : 62) : 0));
    return new RegionGraph(ids, 2, w, lab, new Float32Array(w * 20));
  }
  const limits = { maxCost: 10, minArea: 10, minWidth: 1, bigShapeBonus: 0 };

  it("keeps shading apart at full weight and merges it at a low one", () => {
    const full = shading();
    mergeRegions(full, limits);
    expect(full.find(0)).not.toBe(full.find(1));
    const low = shading();
    mergeRegions(low, { ...limits, colourWeight: 0.8 });
    expect(low.find(0)).toBe(low.find(1));
  });
});

describe("closeDetailGaps", () => {
  const w = 60;
  const h = 30;
  function map(fromX: number): { details: Uint8Array; outlines: Uint8Array } {
    const details = new Uint8Array(w * h);
    const outlines = new Uint8Array(w * h);
    for (let y = 0; y < h; y++) outlines[y * w + 50] = 1;
    for (let x = 10; x <= fromX; x++) details[15 * w + x] = 1;
    return { details, outlines };
  }

  it("joins a detail line to the outline it stops short of, within the radius only", () => {
    const near = map(44);
    closeDetailGaps(cv, near.details, near.outlines, w, h, 8);
    expect(Array.from({ length: 6 }, (_, i) => near.details[15 * w + 45 + i])).toEqual([1, 1, 1, 1, 1, 1]);
    const far = map(41);
    closeDetailGaps(cv, far.details, far.outlines, w, h, 8);
    expect(far.details[15 * w + 42]).toBe(0);
    const edge = map(42);
    closeDetailGaps(cv, edge.details, edge.outlines, w, h, 8);
    expect(edge.details[15 * w + 49]).toBe(1);
  });
});

describe("fillSlivers", () => {
  it("inks enclosed paper under the limit, never larger areas or the paper at the edge", () => {
    const w = 40;
    const h = 20;
    const page = new Uint8Array(w * h).fill(255);
    for (let y = 2; y < 18; y++) {
      for (let x = 2; x < 38; x++) if (y === 2 || y === 17 || x === 2 || x === 37 || x === 10 || x === 21) page[y * w + x] = 0;
    }
    // Enclosed: 7 × 14 = 98 px (left), 10 × 14 = 140 px (middle), 15 × 14 = 210 px (right).
    fillSlivers(cv, page, w, h, 141);
    expect([page[5 * w + 5], page[5 * w + 15], page[5 * w + 30], page[0]]).toEqual([0, 0, 255, 255]);
    const again = new Uint8Array(w * h).fill(255);
    for (let y = 2; y < 18; y++) for (let x = 2; x < 38; x++) if (y === 2 || y === 17 || x === 2 || x === 37 || x === 10 || x === 21) again[y * w + x] = 0;
    fillSlivers(cv, again, w, h, 140);
    expect(again[5 * w + 15]).toBe(255);
  });
});

describe("traceParams", () => {
  it.each(AGE_GROUPS)("draws every line of the %s group at least as wide as the print check asks", (ageGroup) => {
    const params = traceParams(ageGroup, 3);
    const minPx = (PRINT_THRESHOLDS[ageGroup].minLineMm / 25.4) * DPI;
    expect(Math.min(params.linePx, params.detailLinePx, params.subjectLinePx)).toBeGreaterThanOrEqual(minPx + 1);
    expect(params.subjectLinePx).toBeGreaterThan(params.linePx);
  });
});

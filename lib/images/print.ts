import sharp from "sharp";
import { pageBox, type AgeGroup, type Orientation, type PageBox, type Paper } from "./paper";
import { encodePageRaster, repairAndCheckPage, repairReachPx, type PageRaster, type PrintCheck, type RepairSummary } from "./print-check";

/** Pixels below this luminance become ink; the rest paper. */
const INK_THRESHOLD = 160;
/** A pixel counts as colored when its channels spread this much (0–255). */
const COLOR_SPREAD = 48;
/** The reference inset is looked for in this bottom-right share of the picture. */
const CORNER_SHARE = 0.45;

export interface PrintOptions {
  paper: Paper;
  orientation: Orientation;
  /** Keep the colors of a reference picture in the bottom-right corner. */
  keepColorReference: boolean;
  /** Who will color the page: what it is repaired and checked for. */
  ageGroup: AgeGroup;
}

export interface PrintResult {
  png: Buffer;
  width: number;
  height: number;
  /** The colored reference's box on the page, when one was kept. */
  referenceBox?: { left: number; top: number; width: number; height: number };
  /** The print check of the page as returned (after repair). */
  printCheck: PrintCheck;
  /** What the repair changed before the check. */
  repairs: RepairSummary;
}

type Box = { left: number; top: number; width: number; height: number };

/** Bounding box of colored pixels inside the bottom-right corner, or null. */
function findColorCorner(data: Buffer, width: number, height: number): Box | null {
  const x0 = Math.floor(width * (1 - CORNER_SHARE));
  const y0 = Math.floor(height * (1 - CORNER_SHARE));
  let minX = width, minY = height, maxX = -1, maxY = -1, count = 0;
  for (let y = y0; y < height; y++) {
    for (let x = x0; x < width; x++) {
      const i = (y * width + x) * 3;
      const r = data[i]!, g = data[i + 1]!, b = data[i + 2]!;
      if (Math.max(r, g, b) - Math.min(r, g, b) < COLOR_SPREAD) continue;
      count++;
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
  }
  // A handful of tinted pixels is anti-aliasing noise, not a reference picture.
  if (count < (width * height) / 2000) return null;
  const pad = Math.round(width / 200);
  const left = Math.max(x0, minX - pad);
  const top = Math.max(y0, minY - pad);
  return { left, top, width: Math.min(width, maxX + pad + 1) - left, height: Math.min(height, maxY + pad + 1) - top };
}

function inside(box: Box | null, x: number, y: number): boolean {
  return box !== null && x >= box.left && x < box.left + box.width && y >= box.top && y < box.top + box.height;
}

/**
 * Makes any engine's picture print-ready: fitted with margins onto the paper at 300 DPI, pure black
 * on pure white everywhere except (optionally) a colored reference in the bottom-right corner,
 * then repaired and checked for the age group (see `lib/images/print-check`).
 */
export async function makePrintReady(input: Buffer, options: PrintOptions): Promise<PrintResult> {
  const page = pageBox(options.paper, options.orientation);
  const area = artArea(page, options.ageGroup);
  const meta = await sharp(input, { limitInputPixels: 60_000_000 }).metadata();
  const size = fitInside(meta.width ?? 1, meta.height ?? 1, area.width, area.height);
  // Line art survives a bilinear upscale: the threshold that follows makes the edges crisp again.
  const fitted = () =>
    sharp(input, { limitInputPixels: 60_000_000 })
      .flatten({ background: "#ffffff" })
      .resize(size.width, size.height, { fit: "fill", kernel: "linear" });
  if (!options.keepColorReference) return blackAndWhitePage(fitted().greyscale(), size, page, area, options);

  const { data, info } = await fitted().removeAlpha().toColourspace("srgb").raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const reference = findColorCorner(data, width, height);
  if (!reference) return blackAndWhitePage(sharp(data, { raw: { width, height, channels: 3 } }).greyscale(), size, page, area, options);
  const { left, top } = placement(area, width, height);
  // The whole sheet is built here in one buffer: paper white, then the art copied in, thresholded
  // everywhere but inside the reference picture.
  const out = Buffer.alloc(page.width * page.height * 3, 255);
  for (let y = 0; y < height; y++) {
    const row = (top + y) * page.width + left;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const o = (row + x) * 3;
      if (inside(reference, x, y)) {
        out[o] = data[i]!;
        out[o + 1] = data[i + 1]!;
        out[o + 2] = data[i + 2]!;
        continue;
      }
      const luminance = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
      if (luminance >= INK_THRESHOLD) continue;
      out[o] = 0;
      out[o + 1] = 0;
      out[o + 2] = 0;
    }
  }
  const referenceBox = { left: left + reference.left, top: top + reference.top, width: reference.width, height: reference.height };
  return { ...(await repairAndEncode({ width: page.width, height: page.height, channels: 3, data: out }, options, referenceBox)), referenceBox };
}

/** Repairs the finished sheet, checks it, and encodes it as a 300 DPI PNG. */
async function repairAndEncode(sheet: PageRaster, options: PrintOptions, referenceBox?: Box): Promise<Omit<PrintResult, "referenceBox">> {
  const { page, repairs, check } = repairAndCheckPage(sheet, { ageGroup: options.ageGroup, referenceBox });
  return { png: await encodePageRaster(page), width: page.width, height: page.height, printCheck: check, repairs };
}

/**
 * The box a picture is fitted into on the page, in pixels at 300 DPI. An engine that can draw at
 * any size (the offline one) draws exactly this size, so that the picture is placed as it is,
 * never resampled.
 */
export function printArtArea(paper: Paper, orientation: Orientation, ageGroup: AgeGroup): Box {
  return artArea(pageBox(paper, orientation), ageGroup);
}

/** Where the art goes: the page's content box, inset by how far the repair may thicken lines outward. */
function artArea(page: PageBox, ageGroup: AgeGroup): Box {
  const inset = repairReachPx(ageGroup);
  const { left, top, width, height } = page.content;
  return { left: left + inset, top: top + inset, width: width - 2 * inset, height: height - 2 * inset };
}

function placement(area: Box, width: number, height: number): { left: number; top: number } {
  return {
    left: area.left + Math.floor((area.width - width) / 2),
    top: area.top + Math.floor((area.height - height) / 2),
  };
}

/** The size of a width × height picture scaled to fit inside a box, aspect kept. */
function fitInside(width: number, height: number, boxWidth: number, boxHeight: number): { width: number; height: number } {
  const scale = Math.min(boxWidth / width, boxHeight / height);
  return { width: Math.min(boxWidth, Math.max(1, Math.round(width * scale))), height: Math.min(boxHeight, Math.max(1, Math.round(height * scale))) };
}

/** Thresholds a fitted picture and centres it on the white sheet (one native pipeline), then repairs and checks it. */
async function blackAndWhitePage(fitted: ReturnType<typeof sharp>, size: { width: number; height: number }, page: PageBox, area: Box, options: PrintOptions): Promise<PrintResult> {
  const { left, top } = placement(area, size.width, size.height);
  const { data, info } = await fitted
    .threshold(INK_THRESHOLD, { greyscale: true })
    .extend({ top, left, bottom: page.height - size.height - top, right: page.width - size.width - left, background: { r: 255, g: 255, b: 255 } })
    .toColourspace("b-w")
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) throw new Error(`Expected a one-channel sheet, got ${info.channels} channels`);
  return repairAndEncode({ width: info.width, height: info.height, channels: 1, data }, options);
}

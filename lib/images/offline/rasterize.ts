import { renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";
import sharp from "sharp";
import type { AgeGroup } from "@/lib/images/paper";
import { repairPage } from "@/lib/images/print-check";
import type { Box } from "./scene";
import { fillSmallAreas, removeSpecks } from "./small-areas";

/** What makes a page clean to print, in pixels: see `fillSmallAreas` and `removeSpecks`. */
export interface CleanUp {
  minArea: number;
  maxSpeck: number;
  /** The share of all areas that may stay slivers (the biggest of them); see `fillSmallAreas`. */
  keepShare: number;
  /**
   * Finish with the print check's own repair for this age: scenes built from artwork keep a few
   * near misses (a pointed toe ending a millimetre short of a line) that it closes.
   */
  repairFor?: AgeGroup;
}

const OPTIONS: ResvgRenderOptions = {
  fitTo: { mode: "original" },
  background: "#ffffff",
  font: { loadSystemFonts: false },
  logLevel: "off",
};

/** A colored picture to paste over the page, rendered at its own (small) size. */
export interface ColorPatch {
  box: Box;
  svg: string;
}

async function render(svg: string, width: number, height: number): Promise<Uint8Array> {
  const image = await renderAsync(svg, OPTIONS);
  if (image.width !== width || image.height !== height) {
    throw new Error(`rendered ${image.width}×${image.height}, expected ${width}×${height}`);
  }
  return image.pixels;
}

/** Pure black or pure white from the red channel (the line art has no colour: r = g = b). */
function threshold(rgba: Uint8Array, count: number): Uint8Array {
  const words = new Uint32Array(rgba.buffer, rgba.byteOffset, count);
  const out = new Uint8Array(count);
  for (let i = 0; i < count; i++) out[i] = ((words[i] as number) & 0xff) < 128 ? 0 : 255;
  return out;
}

/**
 * Renders a line-art page and makes it print-clean: every pixel becomes pure black or pure
 * white (anti-aliasing thresholded at mid-grey), specks of ink are removed and slivers of
 * paper filled. With a colour patch (rendered in parallel and pasted unthresholded) the PNG is
 * RGB, otherwise greyscale.
 */
export async function rasterizePage(svg: string, width: number, height: number, patch: ColorPatch | null, clean?: CleanUp): Promise<Buffer> {
  const [page, color] = await Promise.all([
    render(svg, width, height),
    patch ? render(patch.svg, patch.box.width, patch.box.height) : Promise.resolve(null),
  ]);
  const grey = threshold(page, width * height);
  if (clean) {
    removeSpecks(grey, width, height, clean.maxSpeck);
    fillSmallAreas(grey, width, height, clean.minArea, clean.keepShare, clean.maxSpeck);
    if (clean.repairFor) {
      const referenceBox = patch ? { left: patch.box.x, top: patch.box.y, width: patch.box.width, height: patch.box.height } : undefined;
      const repaired = repairPage({ width, height, channels: 1, data: grey }, { ageGroup: clean.repairFor, referenceBox });
      if (repaired.page.data !== grey) {
        grey.set(repaired.page.data);
        // A closed gap can cut a sliver off an area: counted again with the others.
        fillSmallAreas(grey, width, height, clean.minArea, clean.keepShare, clean.maxSpeck);
      }
    }
  }
  if (!patch || !color) {
    // A one-channel raw input still encodes as RGB unless told it is black-and-white.
    return sharp(grey, { raw: { width, height, channels: 1 } }).toColourspace("b-w").png().toBuffer();
  }
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0, k = 0; i < grey.length; i++, k += 3) {
    const v = grey[i] as number;
    rgb[k] = v;
    rgb[k + 1] = v;
    rgb[k + 2] = v;
  }
  const { x, y, width: pw, height: ph } = patch.box;
  for (let row = 0; row < ph; row++) {
    for (let col = 0; col < pw; col++) {
      const s = (row * pw + col) * 4;
      const d = ((y + row) * width + x + col) * 3;
      rgb[d] = color[s] as number;
      rgb[d + 1] = color[s + 1] as number;
      rgb[d + 2] = color[s + 2] as number;
    }
  }
  return sharp(rgb, { raw: { width, height, channels: 3 } }).png().toBuffer();
}

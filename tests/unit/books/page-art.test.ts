import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { measurePageArt } from "@/lib/books/pages/measure";
import { renderPageArt } from "@/lib/books/pdf/page-art";
import { readPng } from "@/lib/books/pdf/png-xobject";

/** A white 600×800 page with a black ring inside margins, and optionally a colored square. */
async function page(color: boolean): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800"><rect width="600" height="800" fill="#fff"/>
    <circle cx="300" cy="350" r="200" fill="none" stroke="#000" stroke-width="12"/>
    ${color ? '<rect x="420" y="600" width="100" height="120" fill="#e4572e"/>' : ""}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

describe("measurePageArt", () => {
  it("finds the ink's bounding box, without the page's own margins", async () => {
    const { crop, color } = await measurePageArt(await page(false));
    expect(color).toBe(false);
    expect(crop.left).toBeGreaterThanOrEqual(92);
    expect(crop.left).toBeLessThanOrEqual(95);
    expect(crop.top).toBeGreaterThanOrEqual(142);
    expect(crop.top).toBeLessThanOrEqual(145);
    expect(crop.width).toBeGreaterThanOrEqual(410);
    expect(crop.width).toBeLessThanOrEqual(415);
  });

  it("sees a colored corner, and takes it into the box", async () => {
    const { crop, color } = await measurePageArt(await page(true));
    expect(color).toBe(true);
    expect(crop.top + crop.height).toBe(720);
    expect(crop.left + crop.width).toBe(520);
  });

  it("keeps the whole page when it is blank", async () => {
    const blank = await sharp({ create: { width: 50, height: 70, channels: 3, background: "#ffffff" } }).png().toBuffer();
    expect(await measurePageArt(blank)).toEqual({ crop: { left: 0, top: 0, width: 50, height: 70 }, color: false });
  });

  it("ignores a few tinted pixels (anti-aliasing noise)", async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800"><rect width="600" height="800" fill="#fff"/><rect x="10" y="10" width="4" height="4" fill="#f00"/></svg>`;
    expect((await measurePageArt(await sharp(Buffer.from(svg)).png().toBuffer())).color).toBe(false);
  });
});

describe("renderPageArt", () => {
  it("cuts the drawing out and resamples it to exactly the asked size, grey or RGB", async () => {
    const png = await page(true);
    const { crop } = await measurePageArt(png);
    const grey = readPng(await renderPageArt({ png, crop, color: false, width: 300, height: 310 }));
    expect([grey.width, grey.height, grey.colors]).toEqual([300, 310, 1]);
    const rgb = readPng(await renderPageArt({ png, crop, color: true, width: 300, height: 310 }));
    expect([rgb.width, rgb.height, rgb.colors]).toEqual([300, 310, 3]);
  });
});

describe("readPng", () => {
  it("refuses what a PDF Flate stream cannot carry as it is", async () => {
    const base = sharp({ create: { width: 8, height: 8, channels: 3, background: "#808080" } });
    expect(() => readPng(Buffer.from("not a png"))).toThrow(/not a PNG/);
    const palette = await base.clone().png({ palette: true }).toBuffer();
    expect(() => readPng(palette)).toThrow(/unsupported PNG/);
    const sixteen = await base.clone().toColourspace("rgb16").png().toBuffer();
    expect(() => readPng(sixteen)).toThrow(/unsupported PNG/);
    const alpha = await base.clone().ensureAlpha().png().toBuffer();
    expect(() => readPng(alpha)).toThrow(/unsupported PNG/);
  });
});

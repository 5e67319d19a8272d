import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { MARGIN_PX, pageBox } from "@/lib/images/paper";
import { makePrintReady } from "@/lib/images/print";

/** A 1024×1536 drawing with grey anti-aliased lines and a colored square in the bottom-right corner. */
async function sampleArt(withColor: boolean): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1536">
    <rect width="1024" height="1536" fill="#fafafa"/>
    <circle cx="512" cy="600" r="300" fill="none" stroke="#222" stroke-width="9"/>
    <path d="M100 100 L900 140" stroke="#888" stroke-width="3"/>
    ${withColor ? '<rect x="760" y="1260" width="220" height="220" fill="#e4572e" stroke="#000" stroke-width="4"/>' : ""}
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

async function pixels(png: Buffer) {
  const { channels } = await sharp(png).metadata();
  const decoder = channels === 1 ? sharp(png).extractChannel(0) : sharp(png);
  const { data, info } = await decoder.raw().toBuffer({ resolveWithObject: true });
  return { data, info: { ...info, channels: channels ?? info.channels } };
}

describe("makePrintReady", () => {
  it("fits the art on Letter at 300 DPI, pure black on white with white margins", async () => {
    const result = await makePrintReady(await sampleArt(false), { paper: "letter", orientation: "portrait", keepColorReference: false, ageGroup: "6-9" });
    expect(result.width).toBe(2550);
    expect(result.height).toBe(3300);
    const { data, info } = await pixels(result.png);
    expect(info.channels).toBe(1);
    expect(info.width).toBe(2550);
    const values = new Set(data);
    expect([...values].sort((a, b) => a - b)).toEqual([0, 255]);
    for (let x = 0; x < info.width; x++) expect(data[(MARGIN_PX - 1) * info.width + x]).toBe(255);
    const meta = await sharp(result.png).metadata();
    expect(meta.density).toBe(300);
  });

  it("sizes A4 landscape", async () => {
    const result = await makePrintReady(await sampleArt(false), { paper: "a4", orientation: "landscape", keepColorReference: false, ageGroup: "6-9" });
    const box = pageBox("a4", "landscape");
    expect([result.width, result.height]).toEqual([box.width, box.height]);
    expect([result.width, result.height]).toEqual([3508, 2480]);
  });

  it("keeps the colored reference in the corner and nothing else in color", async () => {
    const result = await makePrintReady(await sampleArt(true), { paper: "letter", orientation: "portrait", keepColorReference: true, ageGroup: "6-9" });
    expect(result.referenceBox).toBeDefined();
    const box = result.referenceBox!;
    expect(box.left).toBeGreaterThan(result.width / 2);
    expect(box.top).toBeGreaterThan(result.height / 2);
    const { data, info } = await pixels(result.png);
    expect(info.channels).toBe(3);
    let colored = 0;
    let stray = 0;
    for (let y = 0; y < info.height; y++) {
      for (let x = 0; x < info.width; x++) {
        const i = (y * info.width + x) * 3;
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        const inBox = x >= box.left && x < box.left + box.width && y >= box.top && y < box.top + box.height;
        if (!inBox) {
          if (!(r === g && g === b && (r === 0 || r === 255))) stray++;
        } else if (r - b > 100) {
          colored++;
        }
      }
    }
    expect(stray).toBe(0);
    expect(colored).toBeGreaterThan(1000);
  });

  it("drops color entirely when no reference is wanted", async () => {
    const result = await makePrintReady(await sampleArt(true), { paper: "letter", orientation: "portrait", keepColorReference: false, ageGroup: "6-9" });
    const { info } = await pixels(result.png);
    expect(info.channels).toBe(1);
    expect(result.referenceBox).toBeUndefined();
  });
});

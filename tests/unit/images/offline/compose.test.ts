import sharp from "sharp";
import { describe, expect, it } from "vitest";
import type { ColoringRequest } from "@/lib/images/engines/types";
import { composeColoringPage } from "@/lib/images/offline";
import type { AgeGroup } from "@/lib/images/paper";

interface Decoded {
  data: Buffer;
  width: number;
  height: number;
  channels: number;
}

function request(overrides: Partial<ColoringRequest> & { age?: AgeGroup; reference?: boolean; title?: boolean } = {}): ColoringRequest {
  const { age = "6-9", reference = false, title = false, ...rest } = overrides;
  const width = rest.width ?? 750;
  const height = rest.height ?? 1000;
  return {
    purpose: "coloring",
    theme: "dinosaurs at the beach",
    scene: "",
    prompt: "",
    seed: 7,
    width,
    height,
    options: { ageGroup: age, paper: "letter", orientation: width > height ? "landscape" : "portrait", reference, title, quality: "medium" },
    ...rest,
  };
}

async function decode(png: Buffer): Promise<Decoded> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

function blackRatio(img: Decoded, rows?: [number, number]): number {
  const [y0, y1] = rows ?? [0, img.height];
  let black = 0;
  for (let y = y0; y < y1; y++) for (let x = 0; x < img.width; x++) if (img.data[(y * img.width + x) * img.channels] === 0) black++;
  return black / ((y1 - y0) * img.width);
}

/** The median length of horizontal runs of black pixels: the typical line width. */
function medianRun(img: Decoded): number {
  const runs: number[] = [];
  for (let y = 0; y < img.height; y += 3) {
    let run = 0;
    for (let x = 0; x < img.width; x++) {
      if (img.data[(y * img.width + x) * img.channels] === 0) run++;
      else if (run > 0) {
        runs.push(run);
        run = 0;
      }
    }
  }
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)] ?? 0;
}

describe("composeColoringPage", () => {
  it("draws a Letter page of exactly the size asked, pure black and white, in greyscale", async () => {
    const page = await composeColoringPage(request({ width: 2250, height: 3000, title: true, age: "3-5" }));
    expect([page.width, page.height]).toEqual([2250, 3000]);
    const meta = await sharp(page.png).metadata();
    expect([meta.width, meta.height, meta.channels]).toEqual([2250, 3000, 1]);
    const img = await decode(page.png);
    let grey = 0;
    for (const v of img.data) if (v !== 0 && v !== 255) grey++;
    expect(grey).toBe(0);
    const ink = blackRatio(img);
    expect(ink).toBeGreaterThan(0.02);
    expect(ink).toBeLessThan(0.35);
  });

  it("draws landscape pages at their exact size", async () => {
    const page = await composeColoringPage(request({ width: 1200, height: 900, theme: "une princesse dans un château", age: "adult" }));
    const meta = await sharp(page.png).metadata();
    expect([meta.width, meta.height]).toEqual([1200, 900]);
  });

  it("gives byte-identical pages for the same seed and a different layout for another", async () => {
    const a = await composeColoringPage(request());
    const b = await composeColoringPage(request());
    expect(a.png.equals(b.png)).toBe(true);
    const c = await decode((await composeColoringPage(request({ seed: 8 }))).png);
    const d = await decode(a.png);
    let differing = 0;
    for (let i = 0; i < d.data.length; i++) if (d.data[i] !== c.data[i]) differing++;
    expect(differing / d.data.length).toBeGreaterThan(0.01);
  });

  it("keeps colour only inside the bottom-right reference inset", async () => {
    const page = await composeColoringPage(request({ reference: true, theme: "sous la mer" }));
    expect((await sharp(page.png).metadata()).channels).toBe(3);
    const img = await decode(page.png);
    let colored = 0;
    let grey = 0;
    let minX = img.width;
    let minY = img.height;
    for (let y = 0; y < img.height; y++) {
      for (let x = 0; x < img.width; x++) {
        const i = (y * img.width + x) * 3;
        const r = img.data[i];
        const g = img.data[i + 1];
        const b = img.data[i + 2];
        if (r !== g || g !== b) {
          colored++;
          minX = Math.min(minX, x);
          minY = Math.min(minY, y);
        } else if (r !== 0 && r !== 255 && (x < img.width * 0.74 || y < img.height * 0.74)) grey++;
      }
    }
    expect(grey).toBe(0);
    expect(colored).toBeGreaterThan(img.width * img.height * 0.02);
    expect(minX).toBeGreaterThanOrEqual(img.width * 0.74);
    expect(minY).toBeGreaterThanOrEqual(img.height * 0.74);
  });

  it("writes the title at the top only when asked", async () => {
    const top = (img: Decoded): number => blackRatio(img, [0, Math.round(img.height * 0.06)]);
    const withTitle = await decode((await composeColoringPage(request({ title: true, theme: "Fusée" }))).png);
    const without = await decode((await composeColoringPage(request({ title: false, theme: "Fusée" }))).png);
    expect(top(withTitle)).toBeGreaterThan(0.04);
    expect(top(without)).toBeLessThan(top(withTitle) / 2);
  });

  it("draws thicker lines for young children than for adults", async () => {
    const young = await decode((await composeColoringPage(request({ age: "3-5" }))).png);
    const adult = await decode((await composeColoringPage(request({ age: "adult" }))).png);
    expect(medianRun(young)).toBeGreaterThanOrEqual(9);
    expect(medianRun(adult)).toBeLessThan(medianRun(young) * 0.6);
  });
});

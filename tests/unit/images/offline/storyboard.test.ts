import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { OfflineEngine, OFFLINE_MODEL } from "@/lib/images/engines/offline";
import type { SceneRequest, SceneStyle } from "@/lib/images/engines/types";
import { castFor, composeStoryboardFrame, letterboxBar, lookForCustomStyle } from "@/lib/images/offline/storyboard";
import { lowerThird, truncateToWidth, wrapLines } from "@/lib/images/offline/storyboard/caption";
import { textPath } from "@/lib/images/offline/title";

const TEXT = "Un chat qui dort dans un jardin";

function request(overrides: Partial<SceneRequest> = {}): SceneRequest {
  return { purpose: "scene", text: TEXT, style: "cinematic", prompt: "", seed: 7, width: 640, height: 360, quality: "medium", ...overrides };
}

interface Pixels {
  data: Buffer;
  width: number;
  height: number;
  channels: number;
}

async function pixels(png: Buffer): Promise<Pixels> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

/** Mean luma of rows [y0, y1). */
function meanLuma(img: Pixels, y0: number, y1: number): number {
  let sum = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * img.channels;
      sum += 0.2126 * (img.data[i] as number) + 0.7152 * (img.data[i + 1] as number) + 0.0722 * (img.data[i + 2] as number);
    }
  }
  return sum / ((y1 - y0) * img.width);
}

function rowIsBlack(img: Pixels, y: number): boolean {
  const start = y * img.width * img.channels;
  for (let i = start; i < start + img.width * img.channels; i++) if (img.data[i] !== 0) return false;
  return true;
}

/** Mean chroma (CIE LCh) of an image, from sharp's stats on its LCh form. */
async function meanChroma(png: Buffer): Promise<number> {
  const { data, info } = await sharp(png).toColourspace("lch").raw().toBuffer({ resolveWithObject: true });
  const stats = await sharp(data, { raw: { width: info.width, height: info.height, channels: 3 } }).stats();
  return stats.channels[1]?.mean ?? 0;
}

/** Share of the picture covered by its four most common exact colours. */
function topColorsShare(img: Pixels, count: number): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < img.data.length; i += img.channels) {
    const key = ((img.data[i] as number) << 16) | ((img.data[i + 1] as number) << 8) | (img.data[i + 2] as number);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const top = [...counts.values()].sort((a, b) => b - a).slice(0, count);
  return top.reduce((a, b) => a + b, 0) / (img.width * img.height);
}

function meanAbsDiff(a: Pixels, b: Pixels): number {
  let sum = 0;
  for (let i = 0; i < a.data.length; i++) sum += Math.abs((a.data[i] as number) - (b.data[i] as number));
  return sum / a.data.length;
}

describe("composeStoryboardFrame", () => {
  it.each([
    [1920, 1080],
    [1080, 1080],
    [1080, 1920],
    [333, 201],
  ])("draws an RGB PNG of exactly %i×%i", async (width, height) => {
    const frame = await composeStoryboardFrame(request({ width, height, text: "Astronaut floating above the Earth", style: "documentary" }));
    expect(frame.width).toBe(width);
    expect(frame.height).toBe(height);
    const meta = await sharp(frame.png).metadata();
    expect(meta.format).toBe("png");
    expect([meta.width, meta.height, meta.channels, meta.hasAlpha]).toEqual([width, height, 3, false]);
  });

  it("rejects sizes it cannot draw", async () => {
    await expect(composeStoryboardFrame(request({ width: 10, height: 10 }))).rejects.toMatchObject({ code: "invalid:image_size" });
    await expect(composeStoryboardFrame(request({ width: 640.5 }))).rejects.toMatchObject({ code: "invalid:image_size" });
  });

  it("is deterministic for a request and seed, and a different seed changes the frame", async () => {
    const base = request({ text: "Historical coffee plantation in 19th century Ethiopia", style: "cartoon" });
    const [a, b, c] = await Promise.all([composeStoryboardFrame(base), composeStoryboardFrame(base), composeStoryboardFrame({ ...base, seed: 8 })]);
    expect(a.png.equals(b.png)).toBe(true);
    expect(a.png.equals(c.png)).toBe(false);
    expect(meanAbsDiff(await pixels(a.png), await pixels(c.png))).toBeGreaterThan(2);
  });

  it("gives cinematic frames black letterbox bars around a ~2.39:1 picture", async () => {
    const width = 960;
    const height = 540;
    const bar = letterboxBar(width, height);
    expect((height - 2 * bar) / width).toBeCloseTo(1 / 2.39, 2);
    const img = await pixels((await composeStoryboardFrame(request({ width, height, style: "cinematic" }))).png);
    for (const y of [0, bar - 1, height - bar, height - 1]) expect(rowIsBlack(img, y)).toBe(true);
    for (const y of [bar + 2, height / 2, height - bar - 3]) expect(rowIsBlack(img, y)).toBe(false);
    // No other style has bars.
    const doc = await pixels((await composeStoryboardFrame(request({ width, height, style: "documentary" }))).png);
    expect(rowIsBlack(doc, 0)).toBe(false);
  });

  it("gives documentary frames a dark lower-third caption band", async () => {
    const width = 640;
    const height = 360;
    const caption = lowerThird(TEXT, width, height);
    expect(caption).not.toBeNull();
    if (!caption) return;
    expect(caption.y).toBeGreaterThan(height * 0.6);
    const img = await pixels((await composeStoryboardFrame(request({ width, height, style: "documentary" }))).png);
    const band = meanLuma(img, caption.y + 2, caption.y + caption.height - 2);
    const above = meanLuma(img, caption.y - caption.height - 10, caption.y - 10);
    expect(band).toBeLessThan(above - 40);
  });

  it("truncates a long caption with an ellipsis to fit its width", () => {
    const long = "A very long segment text that keeps going about coffee plantations, roasting factories and studio hosts far beyond one line";
    const size = 50;
    const width = (text: string): number => (textPath(text).advance * size) / 1000;
    const one = truncateToWidth(long, size, 900);
    expect(one.endsWith("…")).toBe(true);
    expect(width(one)).toBeLessThanOrEqual(900);
    expect(width(one)).toBeGreaterThan(700);
    expect(truncateToWidth("Short", size, 900)).toBe("Short");
    const two = wrapLines(long, size, 900, 2);
    expect(two).toHaveLength(2);
    expect(two[1]?.endsWith("…")).toBe(true);
    for (const line of two) expect(width(line)).toBeLessThanOrEqual(900);
    // One line on a wide frame: the band is as tall for a long text as for a short one.
    expect(lowerThird(long, 1920, 1080)?.height).toBe(lowerThird("Short", 1920, 1080)?.height);
  });

  it("makes cartoon frames far more saturated than documentary ones", async () => {
    const [cartoon, documentary] = await Promise.all([
      composeStoryboardFrame(request({ style: "cartoon" })),
      composeStoryboardFrame(request({ style: "documentary" })),
    ]);
    const [c, d] = await Promise.all([meanChroma(cartoon.png), meanChroma(documentary.png)]);
    expect(c).toBeGreaterThan(d * 2);
  });

  it("makes minimalist frames a few flat colours with lots of uniform space", async () => {
    const [minimalist, cinematic] = await Promise.all([
      composeStoryboardFrame(request({ style: "minimalist" })),
      composeStoryboardFrame(request({ style: "cinematic" })),
    ]);
    const [m, c] = await Promise.all([pixels(minimalist.png), pixels(cinematic.png)]);
    expect(topColorsShare(m, 4)).toBeGreaterThan(0.8);
    expect(topColorsShare(c, 4)).toBeLessThan(0.6);
    const [ms, cs] = await Promise.all([sharp(minimalist.png).stats(), sharp(cinematic.png).stats()]);
    expect(ms.entropy).toBeLessThan(cs.entropy - 1.5);
  });

  it("reads custom styles: noir is grey, neon is vivid, unknown words get the soft treatment", async () => {
    expect(lookForCustomStyle("Film noir, black & white")).toBe("noir");
    expect(lookForCustomStyle("aquarelle douce")).toBe("watercolor");
    expect(lookForCustomStyle("Neon cyberpunk")).toBe("neon");
    expect(lookForCustomStyle("old vintage postcard")).toBe("sepia");
    expect(lookForCustomStyle("oil painting")).toBe("soft");
    const [noir, neon, soft] = await Promise.all(
      ["black and white", "neon", "oil painting"].map((customStyle) => composeStoryboardFrame(request({ style: "custom", customStyle }))),
    );
    if (!noir || !neon || !soft) throw new Error("missing frame");
    expect(await meanChroma(noir.png)).toBeLessThan(1);
    expect(await meanChroma(neon.png)).toBeGreaterThan((await meanChroma(soft.png)) + 10);
  });

  it.each(["close-up", "wide-shot", "another-angle", "other-lighting", "other-mood"])("changes the frame for the %s variation", async (variation) => {
    const base = request({ style: "documentary" });
    const [a, b] = await Promise.all([composeStoryboardFrame(base), composeStoryboardFrame({ ...base, variation })]);
    expect(a.png.equals(b.png)).toBe(false);
    expect(meanAbsDiff(await pixels(a.png), await pixels(b.png))).toBeGreaterThan(6);
  });

  it("keeps a variation deterministic and distinct from the other variations", async () => {
    const variations = ["close-up", "wide-shot", "another-angle", "other-lighting", "other-mood"];
    const frames = await Promise.all(variations.map((variation) => composeStoryboardFrame(request({ style: "cartoon", variation }))));
    const images = await Promise.all(frames.map((f) => pixels(f.png)));
    for (let i = 0; i < images.length; i++) {
      for (let j = i + 1; j < images.length; j++) expect(meanAbsDiff(images[i] as Pixels, images[j] as Pixels)).toBeGreaterThan(4);
    }
    const again = await composeStoryboardFrame(request({ style: "cartoon", variation: "other-lighting" }));
    expect(again.png.equals(frames[3]?.png ?? Buffer.alloc(0))).toBe(true);
  });

  it.each<SceneStyle>(["cinematic", "documentary", "cartoon", "minimalist", "custom"])("draws a %s frame of a 1920×1080 segment quickly", async (style) => {
    const start = performance.now();
    await composeStoryboardFrame(request({ style, customStyle: "vintage", width: 1920, height: 1080, text: "Modern coffee roasting factory with industrial equipment" }));
    // Well under a second on an idle two-core machine; generous here for busy CI runners.
    expect(performance.now() - start).toBeLessThan(5000);
  });
});

describe("castFor", () => {
  it("takes subjects and setting from the text, with script words the coloring vocabulary lacks", () => {
    const studio = castFor("Introduction scene with host in modern studio", 1, 3);
    expect(studio.setting).toBe("home");
    expect(studio.subjects[0]?.name).toBe("person-tipping-hand");
    expect(studio.subjects[0]?.bust).toBe(true);
    const space = castFor("Astronaut floating above the Earth", 1, 3);
    expect(space.setting).toBe("space");
    expect(space.subjects.map((s) => s.name)).toContain("globe-showing-europe-africa");
    expect(space.subjects.find((s) => s.name.startsWith("globe"))?.backdrop).toBe(true);
    const factory = castFor("Modern coffee roasting factory with industrial equipment", 1, 3);
    expect(factory.setting).toBe("city");
    const garden = castFor(TEXT, 1, 3);
    expect(garden.subjects[0]?.name).toBe("cat");
    // No nursery companions (teddy bears, balloons) in a video frame.
    for (const text of [TEXT, "Historical coffee plantation in 19th century Ethiopia", "Introduction scene with host in modern studio"]) {
      expect(castFor(text, 1, 5).subjects.map((s) => s.name)).not.toContain("teddy-bear");
    }
  });
});

describe("OfflineEngine scenes", () => {
  it("draws a scene for free with the offline composer", async () => {
    const engine = new OfflineEngine();
    const image = await engine.generate(request({ style: "minimalist", width: 480, height: 270 }));
    expect(image.model).toBe(OFFLINE_MODEL);
    expect(image.model).toBe("offline-composer");
    expect(image.usage.costMicroUsd).toBe(0);
    expect([image.width, image.height]).toEqual([480, 270]);
    const meta = await sharp(image.png).metadata();
    expect([meta.width, meta.height]).toEqual([480, 270]);
  });
});

import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { IMAGE_MODELS } from "@/lib/images/models";
import { ASPECTS, type Aspect } from "@/lib/images/prompts/scene";
import { chooseRequestSize } from "@/lib/images/size";
import { cropToAspect, fitToSize, frameCrop, OFFLINE_FRAME_SIZES } from "@/lib/scenes/frame";

const RATIO: Record<Aspect, [number, number]> = { "16:9": [16, 9], "1:1": [1, 1], "9:16": [9, 16] };
const ASPECT_IDS = Object.keys(ASPECTS) as Aspect[];

describe("frameCrop", () => {
  it("crops every model's request size exactly to each aspect, losing only a few pixels more than centredCrop", () => {
    for (const model of Object.values(IMAGE_MODELS)) {
      for (const aspect of ASPECT_IDS) {
        const size = chooseRequestSize(model, ASPECTS[aspect]);
        const box = frameCrop(size.width, size.height, aspect);
        const [a, b] = RATIO[aspect];
        expect(box.width * b, `${model.id} ${aspect} ${size.size}`).toBe(box.height * a);
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.left + box.width).toBeLessThanOrEqual(size.width);
        expect(box.top + box.height).toBeLessThanOrEqual(size.height);
        // Centred: the margins on both sides differ by at most one pixel.
        expect(Math.abs(size.width - box.width - 2 * box.left)).toBeLessThanOrEqual(1);
        expect(Math.abs(size.height - box.height - 2 * box.top)).toBeLessThanOrEqual(1);
        expect(box.width * box.height).toBeGreaterThan(0.95 * Math.min(size.width, size.height * ASPECTS[aspect]) * Math.min(size.height, size.width / ASPECTS[aspect]));
      }
    }
  });

  it("crops gpt-image-1's landscape size to 1536×864 for 16:9, and leaves exact offline frames alone", () => {
    expect(frameCrop(1536, 1024, "16:9")).toEqual({ left: 0, top: 80, width: 1536, height: 864 });
    expect(frameCrop(1024, 1536, "9:16")).toEqual({ left: 80, top: 0, width: 864, height: 1536 });
    for (const aspect of ASPECT_IDS) {
      const { width, height } = OFFLINE_FRAME_SIZES[aspect];
      expect(frameCrop(width, height, aspect)).toEqual({ left: 0, top: 0, width, height });
    }
  });
});

describe("cropToAspect and fitToSize", () => {
  it("returns a PNG of exactly the frame", async () => {
    const png = await sharp({ create: { width: 1680, height: 944, channels: 3, background: "#336699" } }).png().toBuffer();
    const framed = await cropToAspect(png, "16:9");
    const meta = await sharp(framed.png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["png", framed.width, framed.height]);
    expect(framed.width * 9).toBe(framed.height * 16);
    const square = await cropToAspect(png, "1:1");
    expect([square.width, square.height]).toEqual([944, 944]);
  });

  it("brings an edit back to its parent's size", async () => {
    const png = await sharp({ create: { width: 1536, height: 1024, channels: 3, background: "#000" } }).png().toBuffer();
    const meta = await sharp(await fitToSize(png, 1536, 864)).metadata();
    expect([meta.width, meta.height]).toEqual([1536, 864]);
  });
});

import { describe, expect, it } from "vitest";
import { IMAGE_MODELS } from "@/lib/images/models";
import { centredCrop, chooseRequestSize } from "@/lib/images/size";

const fixed = IMAGE_MODELS["gpt-image-1"]!;
const flexible = IMAGE_MODELS["gpt-image-2"]!;

describe("chooseRequestSize", () => {
  it("picks the closest listed size for fixed-size models", () => {
    expect(chooseRequestSize(fixed, 2250 / 3000).size).toBe("1024x1536");
    expect(chooseRequestSize(fixed, 3000 / 2250).size).toBe("1536x1024");
    expect(chooseRequestSize(fixed, 1).size).toBe("1024x1024");
    expect(chooseRequestSize(fixed, 16 / 9).size).toBe("1536x1024");
  });

  it("makes an exact size within the limits for flexible models", () => {
    for (const aspect of [2250 / 3000, 3000 / 2250, 16 / 9, 9 / 16, 1, 5]) {
      const { width, height } = chooseRequestSize(flexible, aspect);
      expect(width % 16).toBe(0);
      expect(height % 16).toBe(0);
      expect(width * height).toBeLessThanOrEqual(flexible.flexible!.maxPixels);
      expect(width * height).toBeGreaterThanOrEqual(flexible.flexible!.minPixels);
      expect(Math.max(width / height, height / width)).toBeLessThanOrEqual(3);
      if (aspect <= 3) expect(Math.abs(width / height - aspect) / aspect).toBeLessThan(0.03);
    }
  });
});

describe("centredCrop", () => {
  it("crops a square to 16:9 in the middle", () => {
    expect(centredCrop(1024, 1024, 16 / 9)).toEqual({ left: 0, top: 224, width: 1024, height: 576 });
  });
  it("crops a landscape to 9:16 in the middle", () => {
    const box = centredCrop(1536, 1024, 9 / 16);
    expect(box.height).toBe(1024);
    expect(box.width).toBe(576);
    expect(box.left).toBe(480);
  });
});

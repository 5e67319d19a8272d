import { describe, expect, it } from "vitest";
import { estimateCostMicroUsd } from "@/lib/images/cost";
import { estimateBatchMicroUsd } from "@/lib/scripts/estimate";
import { appErrorOf } from "../../support/script-fixtures";

describe("estimateBatchMicroUsd", () => {
  it("is free with the offline engine", () => {
    expect(estimateBatchMicroUsd({ model: "offline-composer", quality: "high", aspect: "16:9", segments: 40, references: 2 })).toEqual({ perImage: 0, total: 0 });
  });

  it("costs something per gpt-image-2 image and scales with the number of segments", () => {
    const one = estimateBatchMicroUsd({ model: "gpt-image-2", quality: "medium", aspect: "16:9", segments: 1 });
    const forty = estimateBatchMicroUsd({ model: "gpt-image-2", quality: "medium", aspect: "16:9", segments: 40 });
    expect(one.perImage).toBeGreaterThan(0);
    expect(one.total).toBe(one.perImage);
    expect(forty.perImage).toBe(one.perImage);
    expect(forty.total).toBe(40 * one.perImage);
    expect(estimateBatchMicroUsd({ model: "gpt-image-2", quality: "medium", aspect: "16:9", segments: 0 }).total).toBe(0);
  });

  it("prices the size the model is asked for at that aspect", () => {
    // gpt-image-2 at 16:9 is asked for 1680×944 (about 1.5 megapixels, multiples of 16).
    const { perImage } = estimateBatchMicroUsd({ model: "gpt-image-2", quality: "high", aspect: "16:9", segments: 1 });
    expect(perImage).toBe(estimateCostMicroUsd({ model: "gpt-image-2", width: 1680, height: 944, quality: "high", promptChars: 900 }));
    // Fixed-size models use their nearest listed size: 1024×1536 for 9:16.
    const fixed = estimateBatchMicroUsd({ model: "gpt-image-1", quality: "low", aspect: "9:16", segments: 1 });
    expect(fixed.perImage).toBe(estimateCostMicroUsd({ model: "gpt-image-1", width: 1024, height: 1536, quality: "low", promptChars: 900 }));
  });

  it("costs more with higher quality, reference images and a text model", () => {
    const base = { model: "gpt-image-2", aspect: "1:1", segments: 10 } as const;
    const low = estimateBatchMicroUsd({ ...base, quality: "low" }).total;
    const high = estimateBatchMicroUsd({ ...base, quality: "high" }).total;
    expect(high).toBeGreaterThan(low);
    expect(estimateBatchMicroUsd({ ...base, quality: "low", references: 2 }).total).toBeGreaterThan(low);
    expect(estimateBatchMicroUsd({ ...base, quality: "low", textModel: "gpt-4.1-mini" }).total).toBeGreaterThan(low);
  });

  it.each([
    ["an unknown model", { model: "dall-e-9", segments: 1 }, "invalid:model"],
    ["a negative count", { model: "gpt-image-2", segments: -1 }, "invalid:estimate"],
    ["a fractional count", { model: "gpt-image-2", segments: 1.5 }, "invalid:estimate"],
  ])("refuses %s", (_, input, code) => {
    expect(appErrorOf(() => estimateBatchMicroUsd({ quality: "low", aspect: "1:1", ...input })).code).toBe(code);
  });
});

import { describe, expect, it } from "vitest";
import { estimateCostMicroUsd, imageCostMicroUsd, textCostMicroUsd } from "@/lib/images/cost";

describe("image cost from usage", () => {
  it("prices text input, image input and output tokens with the model's rates", () => {
    // gpt-image-1: $5 text in, $10 image in, $40 out per million tokens
    const micro = imageCostMicroUsd("gpt-image-1", { inputTextTokens: 100, inputImageTokens: 200, outputTokens: 4160 });
    expect(micro).toBe(100 * 5 + 200 * 10 + 4160 * 40);
    expect(micro / 1e6).toBeCloseTo(0.16890, 5);
  });

  it("uses each model's own prices", () => {
    const usage = { inputTextTokens: 50, inputImageTokens: 0, outputTokens: 1000 };
    expect(imageCostMicroUsd("gpt-image-2", usage)).toBe(50 * 5 + 1000 * 30);
    expect(imageCostMicroUsd("gpt-image-1-mini", usage)).toBe(50 * 2 + 1000 * 8);
  });

  it("is zero for unknown models (the offline engine)", () => {
    expect(imageCostMicroUsd("offline-composer", { inputTextTokens: 1, inputImageTokens: 1, outputTokens: 1 })).toBe(0);
  });

  it("prices text model calls", () => {
    expect(textCostMicroUsd("gpt-4o-mini", { inputTokens: 1000, outputTokens: 100 })).toBe(Math.round(1000 * 0.15 + 100 * 0.6));
  });
});

describe("estimates", () => {
  it("grow with quality and size", () => {
    const base = { model: "gpt-image-1", width: 1024, height: 1024 };
    const low = estimateCostMicroUsd({ ...base, quality: "low" });
    const medium = estimateCostMicroUsd({ ...base, quality: "medium" });
    const high = estimateCostMicroUsd({ ...base, quality: "high" });
    expect(low).toBeLessThan(medium);
    expect(medium).toBeLessThan(high);
    expect(estimateCostMicroUsd({ ...base, width: 1024, height: 1536, quality: "high" })).toBeGreaterThan(high);
  });

  it("matches the published per-image price of gpt-image-1 high 1024² within 5%", () => {
    const micro = estimateCostMicroUsd({ model: "gpt-image-1", width: 1024, height: 1024, quality: "high", promptChars: 0 });
    expect(micro / 1e6).toBeGreaterThan(0.167 * 0.95);
    expect(micro / 1e6).toBeLessThan(0.167 * 1.05);
  });

  it("adds the text model when one is used first", () => {
    const base = { model: "gpt-image-2", width: 1024, height: 1536, quality: "medium" as const };
    expect(estimateCostMicroUsd({ ...base, textModel: "gpt-4o-mini" })).toBeGreaterThan(estimateCostMicroUsd(base));
  });
});

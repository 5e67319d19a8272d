import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { coloringCacheKey, estimateColoring } from "@/lib/coloring/plan";
import { coloringRequestSchema } from "@/lib/coloring/schema";
import { estimateColoringRequest } from "@/lib/coloring/estimate";
import { resolveColoringInput } from "@/lib/coloring/start-page";
import { resetEnvForTests } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { estimateCostMicroUsd, svgCostMicroUsd } from "@/lib/images/cost";
import { svgUsageFrom, usageFrom } from "@/lib/images/engines/openai/images";
import { estimateScenes } from "@/lib/scenes/plan";

beforeAll(() => {
  process.env.OPENAI_API_KEY = "sk-test-inkwell";
  resetEnvForTests();
});
afterAll(() => {
  delete process.env.OPENAI_API_KEY;
  resetEnvForTests();
});

const page = (extra: Record<string, unknown> = {}) => resolveColoringInput(coloringRequestSchema.parse({ theme: "a lighthouse", engine: "openai", quality: "high", ...extra }));

describe("the chosen model", () => {
  it("changes the cache key", () => {
    const flare = coloringCacheKey(page());
    const sunburst = coloringCacheKey(page({ model: "gpt-image-2.6-sunburst" }));
    expect(page().model).toBe("gpt-image-2.6-flare");
    expect(sunburst).not.toBe(flare);
    expect(coloringCacheKey(page({ model: "gpt-image-2.6-flare" }))).toBe(flare);
  });

  it("changes the estimate (same price per token, other sizes and quality tiers)", () => {
    const flare = estimateColoring(page()).totalMicroUsd;
    const flexible = estimateColoring(page({ model: "gpt-image-2.5-sunburst" })).totalMicroUsd;
    const max = estimateColoring(page({ model: "gpt-image-2.5-sunburst", quality: "max" })).totalMicroUsd;
    expect(flexible).not.toBe(flare);
    expect(max).toBeGreaterThan(flexible);
    expect(estimateColoring(page({ model: "gpt-image-2", quality: "low" })).totalMicroUsd).toBeLessThan(flexible);
  });

  it("estimates `auto` at the quality the row assumes", () => {
    const base = { model: "gpt-image-2.6-flare", width: 1024, height: 1536 };
    expect(estimateCostMicroUsd({ ...base, quality: "auto" })).toBe(estimateCostMicroUsd({ ...base, quality: "high" }));
  });

  it("prices scenes with the scene model", () => {
    const sunburst = estimateScenes({ engine: "openai", quality: "medium", aspect: "16:9", count: 2, references: 0 });
    expect(sunburst.model).toBe("gpt-image-2.6-sunburst");
    const flexible = estimateScenes({ engine: "openai", model: "gpt-image-2.5-flare", quality: "medium", aspect: "16:9", count: 2, references: 0 });
    expect(flexible.totalMicroUsd).not.toBe(sunburst.totalMicroUsd);
  });
});

describe("vector pages", () => {
  it("are priced before generating, the SVG author's share included and said", () => {
    const raster = estimateColoringRequest({ ...coloringRequestSchema.parse({ theme: "a fox", engine: "openai" }), vector: false });
    const vector = estimateColoringRequest({ ...coloringRequestSchema.parse({ theme: "a fox", engine: "openai" }), vector: true });
    expect(raster).toMatchObject({ vector: false, svgAuthoringUsd: 0 });
    expect(vector.vector).toBe(true);
    expect(vector.svgAuthoringUsd).toBeGreaterThan(0);
    // A raster page is estimated "up to" one corrective edit; a vector page is never corrected by one.
    expect(raster.correctiveRetryUsd).toBeGreaterThan(0);
    expect(vector.correctiveRetryUsd).toBe(0);
    expect(vector.estimatedCostUsd).toBeCloseTo(raster.estimatedCostUsd - raster.correctiveRetryUsd + vector.svgAuthoringUsd, 9);
  });

  it("need a model that draws SVG", () => {
    let error: unknown;
    try {
      estimateColoringRequest({ ...coloringRequestSchema.parse({ theme: "a fox", model: "gpt-image-2.5-flare" }), vector: true });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("invalid:vector");
    expect((error as AppError).message).toMatch(/gpt-image-2\.6-flare, gpt-image-2\.6-sunburst/);
  });

  it("add the SVG author's tokens to the cost of a call", () => {
    const svg = svgUsageFrom({ model: "gpt-5.6-sol", input_tokens: 1572, output_tokens: 1437, reasoning_tokens: 994 }, "unknown")!;
    expect(svg).toMatchObject({ model: "gpt-5.6-sol", inputTokens: 1572, outputTokens: 1437, reasoningTokens: 994, costMicroUsd: 1572 * 5 + 1437 * 30 });
    const usage = usageFrom("gpt-image-2.6-flare", { input_tokens: 100, input_tokens_details: { text_tokens: 100, image_tokens: 0 }, output_tokens: 1000 }, svg);
    expect(usage.costMicroUsd).toBe(100 * 5 + 1000 * 30 + svg.costMicroUsd);
    expect(usage.svg).toBe(svg);
  });

  it("price an unknown author at the most expensive known one, and say so in the log", () => {
    const warn = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const svg = svgUsageFrom({ model: "gpt-7-new", input_tokens: 10, output_tokens: 10 }, "unknown")!;
    expect(svg.costMicroUsd).toBe(svgCostMicroUsd("gpt-5.6-sol", { inputTokens: 10, outputTokens: 10 }));
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/gpt-7-new/);
    warn.mockRestore();
  });
});

describe("the model in a request", () => {
  it("implies OpenAI, and is refused with the offline engine", () => {
    expect(page({ engine: undefined, model: "gpt-image-2" }).engine).toBe("openai");
    let error: unknown;
    try {
      page({ engine: "offline", model: "gpt-image-2" });
    } catch (caught) {
      error = caught;
    }
    expect((error as AppError).code).toBe("invalid:model");
  });

  it("is validated as text of sensible length", () => {
    expect(coloringRequestSchema.safeParse({ theme: "x", model: "" }).success).toBe(false);
    expect(coloringRequestSchema.safeParse({ theme: "x", model: "m".repeat(100) }).success).toBe(true);
    expect(coloringRequestSchema.safeParse({ theme: "x", model: "m".repeat(101) }).success).toBe(false);
    expect(coloringRequestSchema.safeParse({ theme: "x", model: 7 }).success).toBe(false);
    expect(coloringRequestSchema.safeParse({ theme: "x", quality: "ultra" }).success).toBe(false);
  });
});

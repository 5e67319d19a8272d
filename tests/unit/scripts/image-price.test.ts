import { describe, expect, it } from "vitest";
import { editPrice, sceneImagePrice, timesImages } from "@/components/scripts/image-price";
import type { ImageModelView } from "@/lib/shared/models";

// Only the fields the price reads matter here.
const model = (id: string, scene: Record<string, number>) => ({ id, typicalCostUsd: { page: {}, scene } }) as unknown as ImageModelView;
const models = [model("gpt-image-2", { low: 0.011, medium: 0.042, high: 0.167 }), model("gpt-image-1-mini", { low: 0.005 })];
const script = { estimate: { engine: "openai", model: "gpt-image-2", quality: "medium", perImageUsd: 0.05, totalUsd: 0.5, segments: 10 } };

describe("sceneImagePrice", () => {
  it("is free offline, whatever the model", () => {
    expect(sceneImagePrice(script, "offline", { model: "gpt-image-2", quality: "medium" }, models)).toBe(0);
  });

  it("uses the script's own estimate (its aspect and references) when it is for that model and quality", () => {
    expect(sceneImagePrice(script, "openai", { model: "gpt-image-2", quality: "medium" }, models)).toBe(0.05);
  });

  it("uses the model list's price for another quality or model", () => {
    expect(sceneImagePrice(script, "openai", { model: "gpt-image-2", quality: "high" }, models)).toBe(0.167);
    expect(sceneImagePrice(script, "openai", { model: "gpt-image-1-mini", quality: "low" }, models)).toBe(0.005);
  });

  it("is unknown for a model or quality nobody prices", () => {
    expect(sceneImagePrice(script, "openai", { model: "gpt-image-1-mini", quality: "high" }, models)).toBeNull();
    expect(sceneImagePrice({ estimate: null }, "openai", { model: "other", quality: "low" }, models)).toBeNull();
  });
});

describe("editPrice and timesImages", () => {
  it("prices an edit by model and quality, unknown without a model", () => {
    expect(editPrice(models, "gpt-image-2", "low")).toBe(0.011);
    expect(editPrice(models, "gpt-image-2", "high")).toBe(0.167);
    expect(editPrice(models, undefined, "low")).toBeNull();
  });

  it("multiplies by the number of variations, and keeps unknown unknown", () => {
    expect(timesImages(0.05, 3)).toBeCloseTo(0.15, 10);
    expect(timesImages(0, 5)).toBe(0);
    expect(timesImages(null, 2)).toBeNull();
  });
});

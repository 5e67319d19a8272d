import { describe, expect, it } from "vitest";
import { IMAGE_MODELS, imageModelOrThrow, shutdownWarning } from "@/lib/images/models";

describe("model table", () => {
  it("knows the announced shutdowns", () => {
    expect(shutdownWarning("gpt-image-1-mini", new Date("2026-11-21"))).toMatch(/announced for shutdown on 2026-12-01/);
    expect(shutdownWarning("gpt-image-1.5", new Date("2026-12-02"))).toMatch(/was shut down/);
    expect(shutdownWarning("gpt-image-2")).toBeNull();
  });

  it("names the variable when a model is unknown", () => {
    expect(() => imageModelOrThrow("dall-e-3")).toThrow(/OPENAI_IMAGE_MODEL=dall-e-3/);
  });

  it("has consistent rows", () => {
    for (const model of Object.values(IMAGE_MODELS)) {
      expect(model.qualities.length).toBeGreaterThan(0);
      expect(model.prices.imageOutput).toBeGreaterThan(model.prices.textInput);
      if (model.sizing === "flexible") expect(model.flexible).toBeDefined();
    }
  });
});

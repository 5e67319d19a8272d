import { describe, expect, it } from "vitest";
import { cacheKey } from "@/lib/images/cache-key";

const base = { kind: "coloring", engine: "openai", model: "gpt-image-2", input: { theme: "Dinosaurs at the beach", ageGroup: "6-9", reference: false } };

describe("cacheKey", () => {
  it("is stable whatever the order of options", () => {
    const reordered = { ...base, input: { reference: false, ageGroup: "6-9", theme: "Dinosaurs at the beach" } };
    expect(cacheKey(reordered)).toBe(cacheKey(base));
  });

  it("ignores case and white space in the prompt", () => {
    expect(cacheKey({ ...base, input: { ...base.input, theme: "  dinosaurs   AT the beach " } })).toBe(cacheKey(base));
  });

  it("changes with the engine, the model, an option or the prompt", () => {
    const key = cacheKey(base);
    expect(cacheKey({ ...base, engine: "offline" })).not.toBe(key);
    expect(cacheKey({ ...base, model: "gpt-image-1" })).not.toBe(key);
    expect(cacheKey({ ...base, input: { ...base.input, reference: true } })).not.toBe(key);
    expect(cacheKey({ ...base, input: { ...base.input, theme: "dinosaurs in space" } })).not.toBe(key);
  });

  it("treats an undefined option like a missing one", () => {
    expect(cacheKey({ ...base, input: { ...base.input, seed: undefined } })).toBe(cacheKey(base));
  });
});

import { describe, expect, it } from "vitest";
import { DEFAULT_IMAGE_MODEL, DEFAULT_SCENE_MODEL, IMAGE_MODELS, shutdownInstant } from "@/lib/images/models";

const NEW_MODELS = [
  "gpt-image-2.5-flare",
  "gpt-image-2.5-flare-2026-09-08",
  "gpt-image-2.5-sunburst",
  "gpt-image-2.5-sunburst-2026-09-08",
  "gpt-image-2.6-flare",
  "gpt-image-2.6-sunburst",
];

describe("the model table", () => {
  it("has a row for each 2.5 and 2.6 model and snapshot, with every field filled in", () => {
    for (const id of NEW_MODELS) {
      const row = IMAGE_MODELS[id];
      expect(row, id).toBeDefined();
      expect(row!.qualities).toContain("auto");
      expect(row!.edits).not.toBeNull();
      expect(row!.maxInputImages).toBe(16);
      expect(row!.prices).toEqual({ textInput: 5, imageInput: 8, imageOutput: 30, checkedOn: "2026-12-01" });
      expect(row!.shutdownOn).toBeNull();
    }
  });

  it("offers xhigh and max on the 2.5 family only, SVG and complexity on 2.6 only, markup on 2.5 only", () => {
    for (const row of Object.values(IMAGE_MODELS)) {
      const family25 = row.id.startsWith("gpt-image-2.5-");
      const family26 = row.id.startsWith("gpt-image-2.6-");
      expect(row.qualities.includes("xhigh"), row.id).toBe(family25);
      expect(row.qualities.includes("max"), row.id).toBe(family25);
      expect(row.svg, row.id).toBe(family26);
      expect(row.complexity, row.id).toBe(family26);
      expect(row.edits?.markup ?? false, row.id).toBe(family25);
      // Every quality offered can be estimated.
      for (const quality of row.qualities) if (quality !== "auto") expect(row.outputTokensPerMegapixel[quality], `${row.id} ${quality}`).toBeGreaterThan(0);
    }
  });

  it("calls flare fast and sunburst detailed", () => {
    for (const row of Object.values(IMAGE_MODELS)) {
      if (row.id.includes("flare")) expect(row.speed).toBe("fast");
      if (row.id.includes("sunburst")) expect(row.speed).toBe("detailed");
    }
  });

  it("knows the shutdown dates", () => {
    expect(IMAGE_MODELS["gpt-image-1"]!.shutdownOn).toBe("2026-10-23");
    for (const id of ["gpt-image-1-mini", "gpt-image-1.5", "chatgpt-image-latest"]) expect(IMAGE_MODELS[id]!.shutdownOn).toBe("2026-12-01");
    expect(shutdownInstant("2026-12-01").toISOString()).toBe("2026-12-01T00:00:00.000Z");
  });

  it("gives every model a successor chain that ends, without a cycle, at a model with no shutdown", () => {
    for (const start of Object.keys(IMAGE_MODELS)) {
      const seen = new Set<string>();
      let id: string | null = start;
      let last = start;
      while (id) {
        expect(seen.has(id), `cycle from ${start}`).toBe(false);
        seen.add(id);
        expect(IMAGE_MODELS[id], `${start} → ${id}`).toBeDefined();
        last = id;
        id = IMAGE_MODELS[id]!.successor;
      }
      expect(IMAGE_MODELS[last]!.shutdownOn, `end of ${start}'s chain`).toBeNull();
    }
  });

  it("defaults to models with no announced shutdown: a fast one for pages, a detailed one for scenes", () => {
    expect(IMAGE_MODELS[DEFAULT_IMAGE_MODEL]).toMatchObject({ shutdownOn: null, speed: "fast" });
    expect(IMAGE_MODELS[DEFAULT_SCENE_MODEL]).toMatchObject({ shutdownOn: null, speed: "detailed" });
  });
});

import { describe, expect, it } from "vitest";
import { COLORING_PRESETS, presetTheme } from "@/lib/shared/coloring-presets";
import { coloringRequestSchema } from "@/lib/coloring/schema";

describe("coloring presets", () => {
  it("offers at least 24 themes", () => {
    expect(COLORING_PRESETS.length).toBeGreaterThanOrEqual(24);
  });

  it("has unique, URL-safe ids", () => {
    const ids = COLORING_PRESETS.map((preset) => preset.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("has a non-empty theme in both languages and an emoji", () => {
    for (const preset of COLORING_PRESETS) {
      expect(preset.theme.en.trim(), preset.id).not.toBe("");
      expect(preset.theme.fr.trim(), preset.id).not.toBe("");
      expect(preset.emoji.trim(), preset.id).not.toBe("");
    }
  });

  it("has unique themes per language", () => {
    for (const locale of ["en", "fr"] as const) {
      const themes = COLORING_PRESETS.map((preset) => preset.theme[locale].toLowerCase());
      expect(new Set(themes).size, locale).toBe(themes.length);
    }
  });

  it("gives themes the request schema accepts", () => {
    for (const preset of COLORING_PRESETS) {
      for (const locale of ["en", "fr"] as const) {
        const result = coloringRequestSchema.safeParse({ theme: presetTheme(preset, locale) });
        expect(result.success, `${preset.id} (${locale})`).toBe(true);
      }
    }
  });

  it("picks the theme in the interface language, English otherwise", () => {
    const preset = COLORING_PRESETS[0]!;
    expect(presetTheme(preset, "fr")).toBe(preset.theme.fr);
    expect(presetTheme(preset, "en")).toBe(preset.theme.en);
    expect(presetTheme(preset, "de")).toBe(preset.theme.en);
  });
});

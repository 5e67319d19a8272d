import { describe, expect, it } from "vitest";
import {
  ASPECTS,
  aspectSchema,
  buildEditPrompt,
  buildScenePrompt,
  pickVariationTypes,
  SCENE_STYLES,
  sceneStyleSchema,
  VARIATION_TYPES,
  variationTypeSchema,
  withReferences,
  type VariationType,
} from "@/lib/images/prompts/scene";
import { appErrorOf } from "../../../support/script-fixtures";

const TEXT = "Historical coffee plantation in 19th century Ethiopia";

describe("buildScenePrompt", () => {
  it.each([
    ["cinematic", ["dramatic lighting", "film still", "shallow depth of field"]],
    ["documentary", ["natural light", "realistic", "photojournalistic"]],
    ["cartoon", ["bold clean outlines", "flat bright colors"]],
    ["minimalist", ["few elements", "negative space", "limited palette"]],
  ] as const)("%s has its signature words, the scene and the rules", (style, words) => {
    const prompt = buildScenePrompt({ text: TEXT, style, aspect: "16:9" }).toLowerCase();
    for (const word of words) expect(prompt).toContain(word);
    expect(prompt).toContain(TEXT.toLowerCase());
    expect(prompt).toContain("no text");
    expect(prompt).toContain("watermarks");
  });

  it("gives each preset style a different prompt", () => {
    const prompts = new Set(SCENE_STYLES.map((style) => buildScenePrompt({ text: TEXT, style, aspect: "1:1" })));
    expect(prompts.size).toBe(SCENE_STYLES.length);
  });

  it("uses the user's own style, trimmed, with its whitespace collapsed", () => {
    const prompt = buildScenePrompt({ text: TEXT, style: "custom", customStyle: "  watercolor on\n rough paper, muted earth tones  ", aspect: "16:9" });
    expect(prompt).toContain("Style: watercolor on rough paper, muted earth tones.");
    expect(prompt).not.toContain("film still");
    expect(prompt).toContain("No text");
  });

  it.each([
    ["missing", undefined],
    ["blank", "   "],
    ["over 300 characters", "x".repeat(301)],
  ])("refuses a custom style that is %s", (_, customStyle) => {
    const error = appErrorOf(() => buildScenePrompt({ text: TEXT, style: "custom", customStyle, aspect: "1:1" }));
    expect(error.code).toBe("invalid:style");
  });

  it("accepts a custom style of exactly 300 characters after trimming", () => {
    expect(buildScenePrompt({ text: TEXT, style: "custom", customStyle: ` ${"y".repeat(300)} `, aspect: "1:1" })).toContain("y".repeat(300));
  });

  it.each(VARIATION_TYPES.map((type) => [type.id, type.words] as const))("adds the words of the %s variation", (variation, words) => {
    expect(buildScenePrompt({ text: TEXT, style: "cinematic", variation, aspect: "16:9" })).toContain(`Variation: ${words}.`);
  });

  it("has no variation line without a variation", () => {
    expect(buildScenePrompt({ text: TEXT, style: "cinematic", aspect: "16:9" })).not.toContain("Variation:");
  });

  it.each([
    ["16:9", ["16:9", "landscape", "widescreen"]],
    ["1:1", ["1:1", "square"]],
    ["9:16", ["9:16", "vertical", "short-form"]],
  ] as const)("frames for %s", (aspect, words) => {
    const prompt = buildScenePrompt({ text: TEXT, style: "minimalist", aspect });
    for (const word of words) expect(prompt.toLowerCase()).toContain(word);
  });

  it("collapses the scene text onto one line", () => {
    expect(buildScenePrompt({ text: "  a\n\nb  ", style: "cartoon", aspect: "1:1" })).toContain("showing: a b\n");
  });
});

describe("variation types", () => {
  it("has exactly five distinct types, each with English and French labels and words", () => {
    expect(VARIATION_TYPES.map((type) => type.id)).toEqual(["close-up", "wide-shot", "another-angle", "other-lighting", "other-mood"]);
    expect(new Set(VARIATION_TYPES.map((type) => type.words)).size).toBe(5);
    for (const type of VARIATION_TYPES) {
      expect(type.label.en.length).toBeGreaterThan(0);
      expect(type.label.fr.length).toBeGreaterThan(0);
      expect(type.label.fr).not.toBe(type.label.en);
    }
    expect(VARIATION_TYPES[0].label.fr).toBe("Gros plan");
  });

  it.each([
    [3, [], ["close-up", "wide-shot", "another-angle"]],
    [2, ["close-up", "another-angle"], ["wide-shot", "other-lighting"]],
    [5, ["wide-shot"], ["close-up", "another-angle", "other-lighting", "other-mood"]],
    [9, [], ["close-up", "wide-shot", "another-angle", "other-lighting", "other-mood"]],
    [1, ["close-up", "close-up"], ["wide-shot"]],
  ] as const)("picks %i new types after %j", (count, used, expected) => {
    expect(pickVariationTypes(count, used)).toEqual(expected);
  });

  it.each([
    ["none is left", 1, VARIATION_TYPES.map((type) => type.id)],
    ["zero are asked for", 0, []],
    ["a fraction is asked for", 1.5, []],
  ])("fails with invalid:variations when %s", (_, count, used: VariationType[]) => {
    const error = appErrorOf(() => pickVariationTypes(count, used));
    expect(error.code).toBe("invalid:variations");
    expect(error.status).toBe(400);
  });
});

describe("schemas and aspects", () => {
  it("validates styles, aspects and variation types", () => {
    expect(sceneStyleSchema.options).toEqual(["cinematic", "documentary", "cartoon", "minimalist", "custom"]);
    expect(sceneStyleSchema.safeParse("anime").success).toBe(false);
    expect(aspectSchema.parse("9:16")).toBe("9:16");
    expect(aspectSchema.safeParse("4:3").success).toBe(false);
    expect(variationTypeSchema.parse("wide-shot")).toBe("wide-shot");
    expect(variationTypeSchema.safeParse("zoom").success).toBe(false);
  });

  it("gives width over height for each aspect", () => {
    expect(ASPECTS).toEqual({ "16:9": 16 / 9, "1:1": 1, "9:16": 9 / 16 });
  });
});

describe("references and edits", () => {
  it("asks to keep the references' characters, places and style only when there are references", () => {
    expect(withReferences("A fox.", 0)).toBe("A fox.");
    const one = withReferences("A fox.", 1);
    expect(one).toMatch(/^A fox\.\n\nThe input image is a reference/);
    expect(one).toMatch(/keep the same characters, places and visual style as in it\b/);
    expect(withReferences("A fox.", 3)).toMatch(/The 3 input images are references.*as in them/);
  });

  it("builds an edit prompt that keeps the rest of the image", () => {
    expect(buildEditPrompt("  Add   a red scarf ", true)).toBe(
      "Add a red scarf\n\nChange only the transparent area of the mask; keep everything else, the framing and the style exactly as they are. No text, captions or watermarks.",
    );
    expect(buildEditPrompt("Add a red scarf", false)).toMatch(/^Add a red scarf\n\nChange only what this asks for;/);
  });
});

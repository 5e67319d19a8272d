import { describe, expect, it } from "vitest";
import { buildColoringPrompt, photoDescriptionInstructions, themeExpansionInstructions } from "@/lib/images/prompts/coloring";

const base = { scene: "A friendly dinosaur building a sandcastle on a sunny beach", ageGroup: "6-9", paper: "letter", orientation: "portrait", reference: false } as const;

describe("buildColoringPrompt", () => {
  it("asks for black outlines on white, no grey, for the paper", () => {
    const prompt = buildColoringPrompt(base);
    expect(prompt).toMatch(/black and white line drawing/i);
    expect(prompt).toMatch(/no grayscale/i);
    expect(prompt).toMatch(/pure white background/i);
    expect(prompt).toContain("8.5×11");
    expect(prompt).toContain("portrait");
    expect(prompt).toContain(base.scene);
  });

  it("tunes the line weight to the age group", () => {
    expect(buildColoringPrompt({ ...base, ageGroup: "3-5" })).toMatch(/very thick/i);
    expect(buildColoringPrompt({ ...base, ageGroup: "adult" })).toMatch(/intricate/i);
  });

  it("adds the colored reference only when asked", () => {
    expect(buildColoringPrompt(base)).not.toMatch(/bottom-right/i);
    expect(buildColoringPrompt({ ...base, reference: true })).toMatch(/bottom-right corner, a small fully colored version/i);
  });

  it("names A4 and landscape, and the title", () => {
    const prompt = buildColoringPrompt({ ...base, paper: "a4", orientation: "landscape", title: "Espace" });
    expect(prompt).toContain("A4");
    expect(prompt).toContain("landscape");
    expect(prompt).toContain('"Espace"');
  });
});

describe("text model instructions", () => {
  it("ask for one short child-friendly English scene", () => {
    const text = themeExpansionInstructions("3-5");
    expect(text).toMatch(/ONE short English scene/);
    expect(text).toMatch(/safe for children/);
  });
  it("forbid identifying people in photo descriptions", () => {
    expect(photoDescriptionInstructions("6-9")).toMatch(/Do not name or guess who a person is/);
  });
});

import { describe, expect, it } from "vitest";
import { buildCoverPrompt } from "@/lib/books/cover/openai/prompt";

describe("the generated cover's prompt", () => {
  it("asks for a fully colored illustration of the theme and character, with no lettering", () => {
    const prompt = buildCoverPrompt({ theme: " a turtle in the ocean ", character: "turtle", ageGroup: "3-5" });
    expect(prompt).toContain("fully colored");
    expect(prompt).toContain("a coloring book about a turtle in the ocean.");
    expect(prompt).toContain("The turtle is the main character");
    expect(prompt).toContain("children (3-5 years old)");
    expect(prompt).toMatch(/No text, letters/);
  });

  it("never asks for line art, outlines or a white background, which would make a coloring page", () => {
    const prompt = buildCoverPrompt({ theme: "dinosaurs", character: "dinosaur" }).toLowerCase();
    for (const word of ["line art", "outline", "black and white", "white background", "uncolored"]) expect(prompt).not.toContain(word);
  });

  it("speaks to adults for an adult book", () => {
    expect(buildCoverPrompt({ theme: "mandalas", character: "mandala", ageGroup: "adult" })).toContain("appealing to adults");
  });
});

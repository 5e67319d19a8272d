import { describe, expect, it } from "vitest";
import { buildEditPrompt, sceneSeed, withReferences } from "@/lib/scenes/prompt";

describe("scene prompts", () => {
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

  it("gives a stable seed per text and style", () => {
    expect(sceneSeed("A fox", "cartoon")).toBe(sceneSeed("  a FOX ", "cartoon"));
    expect(sceneSeed("A fox", "cartoon")).not.toBe(sceneSeed("A fox", "minimalist"));
    expect(sceneSeed("A fox", "cartoon")).toBeGreaterThanOrEqual(0);
  });
});

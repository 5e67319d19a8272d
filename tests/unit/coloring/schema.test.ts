import { describe, expect, it } from "vitest";
import { coloringRequestSchema } from "@/lib/coloring/schema";

describe("coloringRequestSchema", () => {
  it("fills sensible defaults", () => {
    expect(coloringRequestSchema.parse({ theme: " espace " })).toEqual({
      theme: "espace",
      ageGroup: "6-9",
      paper: "letter",
      orientation: "portrait",
      reference: false,
      title: true,
      quality: "high",
      vector: false,
      regenerate: false,
    });
  });

  it.each([
    [{}, "theme"],
    [{ theme: "" }, "theme"],
    [{ theme: "   " }, "theme"],
    [{ theme: "x".repeat(501) }, "theme"],
    [{ theme: "cats", ageGroup: "13-15" }, "ageGroup"],
    [{ theme: "cats", paper: "legal" }, "paper"],
    [{ theme: "cats", orientation: "square" }, "orientation"],
    [{ theme: "cats", reference: "yes" }, "reference"],
    [{ theme: "cats", engine: "dall-e" }, "engine"],
    [{ theme: "cats", seed: -1 }, "seed"],
    [{ theme: "cats", size: "1024x1024" }, ""],
  ])("refuses %j (field %s)", (input, field) => {
    const result = coloringRequestSchema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success && field) expect(result.error.issues.map((i) => i.path.join("."))).toContain(field);
  });

  it("accepts 500 characters", () => {
    expect(coloringRequestSchema.safeParse({ theme: "a".repeat(500) }).success).toBe(true);
  });
});

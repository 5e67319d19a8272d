import { describe, expect, it } from "vitest";
import { sceneSeed } from "@/lib/scenes/seed";

describe("scene seeds", () => {
  it("gives a stable seed per text and style", () => {
    expect(sceneSeed("A fox", "cartoon")).toBe(sceneSeed("  a FOX ", "cartoon"));
    expect(sceneSeed("A fox", "cartoon")).not.toBe(sceneSeed("A fox", "minimalist"));
    expect(sceneSeed("A fox", "cartoon")).toBeGreaterThanOrEqual(0);
  });
});

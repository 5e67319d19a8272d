import { existsSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n";
import { LANDING_EXAMPLES, LANDING_EXAMPLE_SIZE, landingExampleUrl } from "@/lib/shared/landing-examples";

const PUBLIC = path.join(__dirname, "..", "..", "..", "public");

describe("landing page examples", () => {
  it("names the English page plainly and the French one with its suffix", () => {
    const sea = LANDING_EXAMPLES.find((e) => e.id === "sea")!;
    expect(landingExampleUrl(sea, "en")).toBe("/examples/under-the-sea.png");
    expect(landingExampleUrl(sea, "fr")).toBe("/examples/under-the-sea-fr.png");
  });

  it.each(LOCALES)("every example is bundled for %s, at the size the page declares", async (locale) => {
    for (const example of LANDING_EXAMPLES) {
      const file = path.join(PUBLIC, landingExampleUrl(example, locale));
      expect(existsSync(file), file).toBe(true);
      const { width, height, format } = await sharp(file).metadata();
      expect({ width, height, format }).toEqual({ ...LANDING_EXAMPLE_SIZE, format: "png" });
    }
  });
});

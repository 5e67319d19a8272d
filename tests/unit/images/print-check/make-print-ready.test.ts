import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { MARGIN_PX } from "@/lib/images/paper";
import { checkPage, readPageRaster, repairReachPx } from "@/lib/images/print-check";
import { makePrintReady } from "@/lib/images/print";

/** Line art 750 × 1000 (scaled 3× onto Letter): a closed 5 px outline (15 px, 1.27 mm, on paper) and optionally a solid block and a colored corner. */
async function art({ solid = false, color = false } = {}): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="750" height="1000">
    <rect width="750" height="1000" fill="#fff"/>
    <rect x="100" y="100" width="550" height="600" fill="none" stroke="#000" stroke-width="5"/>
    ${solid ? '<rect x="250" y="250" width="120" height="120" fill="#000"/>' : ""}
    ${color ? '<rect x="560" y="800" width="150" height="150" fill="#e4572e"/>' : ""}
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

describe("makePrintReady with the print check", () => {
  it("returns the check of the page it returns, for the page's age group", async () => {
    const result = await makePrintReady(await art(), { paper: "letter", orientation: "portrait", keepColorReference: false, ageGroup: "6-9" });
    expect(result.printCheck).toMatchObject({ ageGroup: "6-9", pass: true, page: { width: 2550, height: 3300, dpi: 300 } });
    expect(result.repairs.changedPixels).toBe(0);
    expect(result.printCheck).toEqual(checkPage(await readPageRaster(result.png), { ageGroup: "6-9" }));
    const toddler = await makePrintReady(await art(), { paper: "letter", orientation: "portrait", keepColorReference: false, ageGroup: "3-5" });
    expect(toddler.repairs.linesThickened).toBeGreaterThan(0);
    expect(toddler.printCheck.items.lines.pass).toBe(true);
  });

  it("repairs the page before it is stored: a solid fill comes back as an outline", async () => {
    const result = await makePrintReady(await art({ solid: true }), { paper: "letter", orientation: "portrait", keepColorReference: false, ageGroup: "6-9" });
    expect(result.repairs.solidsOpened).toBe(1);
    expect(result.printCheck.items.solids.pass).toBe(true);
    const { data, width } = await readPageRaster(result.png);
    // The block's centre (310, 310 in the art) is on paper now.
    expect(data[(150 + 3 * 310) * width + 150 + 3 * 310]).toBe(255);
  });

  it("checks a page with a colored reference everywhere but the reference", async () => {
    const result = await makePrintReady(await art({ color: true }), { paper: "letter", orientation: "portrait", keepColorReference: true, ageGroup: "6-9" });
    expect(result.referenceBox).toBeDefined();
    expect(result.printCheck.items.grey.pass).toBe(true);
    expect(result.printCheck).toEqual(checkPage(await readPageRaster(result.png), { ageGroup: "6-9", referenceBox: result.referenceBox }));
  });

  it("keeps a repaired page's ink inside the half-inch margins, even where thin lines run along the art's edge", async () => {
    // A 1 px frame on the art's very edge: fitted to the page, then thickened to a toddler's 1.5 mm.
    const edge = await sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="850" height="1100">
      <rect width="850" height="1100" fill="#fff"/>
      <rect x="0.5" y="0.5" width="849" height="1099" fill="none" stroke="#000" stroke-width="1"/>
    </svg>`)).png().toBuffer();
    for (const ageGroup of ["3-5", "adult"] as const) {
      const result = await makePrintReady(edge, { paper: "letter", orientation: "portrait", keepColorReference: false, ageGroup });
      const { data, width, height } = await readPageRaster(result.png);
      let top = height, left = width, bottom = -1, right = -1;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          if (data[y * width + x] !== 0) continue;
          top = Math.min(top, y); bottom = Math.max(bottom, y); left = Math.min(left, x); right = Math.max(right, x);
        }
      }
      // Inside the margins, and not pulled in further than the repair can reach.
      expect(Math.min(top, left)).toBeGreaterThanOrEqual(MARGIN_PX);
      expect(bottom).toBeLessThan(height - MARGIN_PX);
      expect(right).toBeLessThan(width - MARGIN_PX);
      expect(Math.min(top, left)).toBeLessThanOrEqual(MARGIN_PX + repairReachPx(ageGroup));
    }
    expect(repairReachPx("3-5")).toBeGreaterThan(repairReachPx("adult"));
  });
});

import { describe, expect, it } from "vitest";
import { checkPage } from "@/lib/images/print-check";
import { blankPage, fillDisk, fillRect, strokeRect } from "./synthetic-page";

const LINE = 13;

function framed() {
  return strokeRect(blankPage(), 100, 100, 400, 400, LINE);
}

describe("print check: specks", () => {
  it("counts ink pieces under the speck size (0.5 mm² for 6–9) and places them", () => {
    // 0.5 mm² is 69.8 px²: an 8 × 8 dot (0.46 mm²) is a speck, 9 × 9 (0.58 mm²) a deliberate dot.
    const { specks } = checkPage(fillRect(framed(), 300, 300, 8, 8), { ageGroup: "6-9" }).items;
    expect(specks).toMatchObject({ pass: false, count: 1, holes: 0 });
    expect(specks.locations).toEqual([{ left: 300, top: 300, width: 8, height: 8 }]);
    expect(specks.reasons[0]).toMatchObject({ code: "specks", value: 1 });
    expect(checkPage(fillRect(framed(), 300, 300, 9, 9), { ageGroup: "6-9" }).items.specks).toMatchObject({ pass: true, count: 0 });
  });

  it("counts a pinhole of paper inside the ink, not as an area to color", () => {
    const page = fillRect(framed(), 104, 300, 3, 3, 255);
    const { specks, areas } = checkPage(page, { ageGroup: "6-9" }).items;
    expect(specks).toMatchObject({ pass: false, count: 0, holes: 1 });
    expect(specks.reasons[0]).toMatchObject({ code: "pinholes" });
    expect(areas.count).toBe(1);
  });

  it("keeps the specks out of the other measures", () => {
    const { lines, leaks } = checkPage(fillRect(framed(), 300, 150, 2, 2), { ageGroup: "6-9" }).items;
    expect(lines.p5Mm).toBe(1.14);
    expect(leaks.count).toBe(0);
  });
});

describe("print check: solid black", () => {
  it("fails a solid fill over 100 mm² and measures it", () => {
    // 120 × 120 px is 103 mm²; the corners a 3 mm disk cannot reach are left out: 101.5 mm².
    const { solids } = checkPage(fillRect(framed(), 200, 200, 120, 120), { ageGroup: "6-9" }).items;
    expect(solids).toMatchObject({ pass: false, count: 1, largestMm2: 101.48 });
    expect(solids.locations).toEqual([{ left: 200, top: 200, width: 120, height: 120 }]);
    expect(solids.reasons[0]).toMatchObject({ code: "solid_black", value: 101.48, limit: 100, unit: "mm2" });
  });

  it("passes a smaller fill (an eye, a spot) and still reports it", () => {
    // 115 × 115 px is 94.8 mm².
    const { solids } = checkPage(fillRect(framed(), 200, 200, 115, 115), { ageGroup: "6-9" }).items;
    expect(solids).toMatchObject({ pass: true, count: 0, largestMm2: 93.05 });
    expect(checkPage(fillDisk(framed(), 300, 300, 20), { ageGroup: "6-9" }).items.solids.pass).toBe(true);
  });

  it("never takes a bold line for a fill, however long", () => {
    // 34 px (2.9 mm) is under the 3 mm disk of 6–9: a line, whose outer corners alone hold the
    // disk (13 mm² each); 36 px (3.05 mm) holds it all along: one 787 mm² fill.
    const line = (width: number) => checkPage(strokeRect(blankPage(900, 900), 50, 50, 800, 800, width), { ageGroup: "6-9" }).items.solids;
    expect(line(30)).toMatchObject({ pass: true, largestMm2: 7.03 });
    expect(line(34)).toMatchObject({ pass: true, largestMm2: 13.11 });
    expect(line(36)).toMatchObject({ pass: false, largestMm2: 786.89 });
  });
});

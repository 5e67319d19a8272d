import { describe, expect, it } from "vitest";
import { ART_CREDITS, createRandom, loadArt, outlineSvg } from "@/lib/images/offline";
import { pathBounds, subpathBounds } from "@/lib/images/offline/path-bounds";
import { layoutTitle } from "@/lib/images/offline/title";

describe("offline building blocks", () => {
  it("turns an icon into white shapes with round black strokes", () => {
    const art = loadArt({ name: "sauropod" });
    expect(art.viewBox).toEqual({ x: 0, y: 0, width: 36, height: 36 });
    const svg = outlineSvg(art.body, 0.5);
    expect(svg).toContain('fill="#fff" stroke="#000" stroke-width="0.5" stroke-linejoin="round" stroke-linecap="round"');
    const fills = [...svg.matchAll(/fill="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(fills)).toEqual(new Set(["#fff", "#000"].filter((f) => fills.includes(f))));
    expect(svg).not.toMatch(/#77b255|#3e721d/);
  });

  it("drops details too small for the age", () => {
    const art = loadArt({ name: "sauropod" });
    const count = (svg: string): number => (svg.match(/<(path|circle|ellipse) /g) ?? []).length;
    const fine = outlineSvg(art.body, 0.2, { minDetail: 0.5 });
    const bold = outlineSvg(art.body, 0.4, { minDetail: 36 * 0.09 });
    expect(count(bold)).toBeLessThan(count(fine));
    expect(count(bold)).toBeGreaterThan(0);
  });

  it("keeps colours in colour mode", () => {
    expect(outlineSvg(loadArt({ name: "sauropod" }).body, 0.5, { mode: "color" })).toContain("#77b255");
  });

  it("repeats its random sequence for a seed", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const first = [a.next(), a.next(), a.int(1, 6)];
    expect([b.next(), b.next(), b.int(1, 6)]).toEqual(first);
    expect(createRandom(43).next()).not.toBe(first[0]);
  });

  it("measures paths, arcs and subpaths", () => {
    expect(pathBounds("M0 0h10v5h-10z")).toEqual({ minX: 0, minY: 0, maxX: 10, maxY: 5 });
    const circle = pathBounds("M8 10a2 2 0 1 0 4 0a2 2 0 1 0 -4 0z");
    expect(circle.minY).toBeCloseTo(8);
    expect(circle.maxY).toBeCloseTo(12);
    expect(subpathBounds("M0 0h2v2h-2zM10 10h3v3h-3z")).toHaveLength(2);
  });

  it("lays out French titles with accents inside the page width", () => {
    const title = layoutTitle("une princesse dans un château à Noël", 1000, 900, 20, 120);
    expect(title).not.toBeNull();
    expect(title?.box.width).toBeLessThanOrEqual(900.5);
    expect(title?.box.x).toBeGreaterThanOrEqual(49.5);
    expect((title?.elements.match(/<path/g) ?? []).length).toBeGreaterThanOrEqual(1);
  });

  it("credits the artwork, the labels and the font", () => {
    expect(ART_CREDITS.map((c) => c.license)).toEqual(["CC-BY-4.0", "MIT", "OFL-1.1"]);
  });
});

import { Resvg } from "@resvg/resvg-js";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import type { ColoringRequest } from "@/lib/images/engines/types";
import { OFFLINE_AGE } from "@/lib/images/offline/age-profile";
import { drawColoringPage } from "@/lib/images/offline/compose";
import { rosetteShapes } from "@/lib/images/offline/designs/mandala";
import { polygonArea, splitRegions } from "@/lib/images/offline/designs/regions";
import { createRandom } from "@/lib/images/offline/random";
import { renderLayers } from "@/lib/images/offline/render-scene";
import type { AgeGroup } from "@/lib/images/paper";

function request(theme: string, ageGroup: AgeGroup = "adult", seed = 3): ColoringRequest {
  return {
    purpose: "coloring", theme, scene: "", prompt: "", seed, width: 1500, height: 2000,
    options: { ageGroup, paper: "letter", orientation: "portrait", reference: false, title: false, quality: "medium" },
  };
}

describe("adult designs", () => {
  it.each([
    ["mandala", "mandala"],
    ["geometric pattern", "pattern"],
    ["floral pattern", "pattern"],
    ["zentangle", "zentangle"],
    ["an owl", "framed"],
  ])("draws %j as a %s in vector form, the same for a seed and different for another", (theme, design) => {
    const page = drawColoringPage(request(theme));
    expect(page.plan.design).toBe(design);
    expect(page.svg.startsWith("<svg")).toBe(true);
    expect(page.svg).not.toContain("<image");
    // Many shapes to color (a tiling is one path of many subpaths).
    expect((page.svg.match(/M/g) ?? []).length).toBeGreaterThan(100);
    expect(drawColoringPage(request(theme)).svg).toBe(page.svg);
    expect(drawColoringPage(request(theme, "adult", 4)).svg).not.toBe(page.svg);
  });

  it("fills zentangle regions and an owl's feathers with patterns, not clip paths", () => {
    for (const theme of ["zentangle", "an owl"]) {
      const svg = drawColoringPage(request(theme)).svg;
      expect((svg.match(/<pattern /g) ?? []).length).toBeGreaterThanOrEqual(3);
      expect(svg).not.toContain("clip-path");
    }
  });

  it("frames a plural subject with smaller repeats in the corners", () => {
    const art = (theme: string) => drawColoringPage(request(theme)).layers.filter((l) => l.kind === "art" && l.art.ref.name === "owl").length;
    expect(art("an owl")).toBe(1);
    expect(art("owls")).toBe(5);
  });

  it("puts a named subject in the heart of a mandala", () => {
    const page = drawColoringPage(request("owl mandala"));
    expect(page.plan.design).toBe("mandala");
    expect(page.layers.some((l) => l.kind === "art" && l.art.ref.name === "owl")).toBe(true);
  });

  it("draws mandalas with radial symmetry", async () => {
    const size = 400;
    const shapes = rosetteShapes({ cx: size / 2, cy: size / 2, r: 190, hole: 0, order: 8 }, { ...OFFLINE_AGE.adult, cell: 12 }, createRandom(5));
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="#fff"/>${renderLayers([{ kind: "shapes", shapes, line: 2 }], "outline")}</svg>`;
    const png = new Resvg(svg).render().asPng();
    // Compared at a quarter of the size, so that anti-aliasing along the lines does not count.
    const small = async (image: Buffer) => sharp(image).greyscale().resize(size / 4, size / 4, { kernel: "cubic" }).raw().toBuffer();
    const original = await small(Buffer.from(png));
    const difference = async (other: Buffer): Promise<number> => {
      const b = await small(other);
      let diff = 0;
      let ink = 0;
      for (let i = 0; i < original.length; i++) {
        diff += Math.abs((original[i] as number) - (b[i] as number));
        ink += 255 - (original[i] as number);
      }
      return diff / ink;
    };
    // A quarter turn lands every ring on itself...
    expect(await difference(await sharp(png).rotate(90).toBuffer())).toBeLessThan(0.08);
    // ...while a turn that is not a multiple of the symmetry does not (the measure can tell).
    expect(await difference(await sharp(png).rotate(17, { background: "#fff" }).resize(size, size, { fit: "cover" }).toBuffer())).toBeGreaterThan(0.3);
  });

  it("divides a zentangle into regions that cover the area, none too small to fill", () => {
    const outline: Array<[number, number]> = [[0, 0], [1000, 0], [1000, 1400], [0, 1400]];
    const regions = splitRegions(outline, 16, 150 * 150, createRandom(9));
    expect(regions.length).toBe(16);
    expect(regions.reduce((sum, r) => sum + polygonArea(r), 0)).toBeCloseTo(1000 * 1400, -2);
    for (const region of regions) expect(polygonArea(region)).toBeGreaterThanOrEqual(150 * 150);
  });
});

import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { makeSvgPrintReady, normalizeSvgTree, parseSvg, sanitizeSvgTree, type NormalizeOptions } from "@/lib/images/svg";
import { walkElements } from "@/lib/images/svg/tree";
import { vectorSvg } from "../../support/openai-server/svg";

const wrap = (body: string): string => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100">${body}</svg>`;
const normalize = (body: string, reference?: NormalizeOptions["reference"]) => normalizeSvgTree(sanitizeSvgTree(parseSvg(wrap(body))), { reference });

/** The paint of the element with this id in normalized output. */
function paintOf(svg: string, id: string): { fill?: string; stroke?: string; opacity?: string } {
  for (const element of walkElements(parseSvg(svg))) if (element.attributes.id === id) return { fill: element.attributes.fill, stroke: element.attributes.stroke, opacity: element.attributes.opacity };
  throw new Error(`no element ${id}`);
}

/** Every color anywhere in the output. */
function colors(svg: string): Set<string> {
  const out = new Set<string>();
  for (const element of walkElements(parseSvg(svg))) {
    for (const name of ["fill", "stroke", "stop-color", "color"]) if (element.attributes[name]) out.add(element.attributes[name]!);
  }
  return out;
}

describe("normalizing an SVG for print", () => {
  it("leaves only black, white and none, on a white background", () => {
    const { svg } = normalize(
      `<rect id="red" width="10" height="10" fill="red" stroke="#e4572e"/><circle id="navy" r="5" fill="#000040"/><path id="hsl" d="M0 0L5 5" fill="hsl(120, 60%, 40%)" stroke="rgb(10%, 10%, 80%)"/>` +
        `<linearGradient id="sky"><stop offset="0" stop-color="#bde0fe"/><stop offset="1" stop-color="white"/></linearGradient><rect id="sky-box" width="50" height="20" fill="url(#sky)"/>` +
        `<g fill="orange" color="#111" stroke="currentColor"><rect id="inherits" width="2" height="2"/></g><ellipse id="default" rx="3" ry="2"/>`,
    );
    expect([...colors(svg)].every((c) => ["#000000", "#ffffff", "none"].includes(c))).toBe(true);
    expect(svg).not.toContain("linearGradient");
    expect(svg).toMatch(/^<svg[^>]*><rect x="0" y="0" width="100" height="100" fill="#ffffff" stroke="none"\/>/);
    expect(paintOf(svg, "red")).toMatchObject({ fill: "#ffffff", stroke: "#000000" });
    expect(paintOf(svg, "navy").fill).toBe("#000000");
    expect(paintOf(svg, "hsl")).toMatchObject({ fill: "#ffffff", stroke: "#000000" });
    expect(paintOf(svg, "sky-box").fill).toBe("#ffffff");
    expect(paintOf(svg, "inherits")).toMatchObject({ fill: "#ffffff", stroke: "#000000" });
    expect(paintOf(svg, "default").fill).toBe("#000000");
  });

  it("decides ink by darkness over white, opacity included, at the thresholds", () => {
    // A fill whose brightest channel is 79 is ink, 80 paper; a stroke is an outline up to luminance 239.
    const { svg } = normalize(
      `<rect id="ink" width="1" height="1" fill="rgb(79,20,0)"/><rect id="paper" width="1" height="1" fill="rgb(20,80,0)"/><rect id="blue" width="1" height="1" fill="blue"/>` +
        `<rect id="faint" width="1" height="1" fill="black" fill-opacity="0.5"/><g opacity="0.5"><rect id="faded" width="1" height="1" fill="black"/></g>` +
        `<line id="outline" x2="5" stroke="rgb(239,239,239)"/><line id="highlight" x2="5" stroke="rgb(240,240,240)"/><line id="invisible" x2="5" stroke="black" stroke-opacity="0"/>`,
    );
    expect(paintOf(svg, "ink").fill).toBe("#000000");
    expect(paintOf(svg, "paper").fill).toBe("#ffffff");
    expect(paintOf(svg, "blue").fill).toBe("#ffffff");
    expect(paintOf(svg, "faint").fill).toBe("#ffffff");
    expect(paintOf(svg, "faded").fill).toBe("#ffffff");
    expect(paintOf(svg, "outline").stroke).toBe("#000000");
    expect(paintOf(svg, "highlight").stroke).toBe("#ffffff");
    expect(paintOf(svg, "invisible").stroke).toBe("none");
    expect(svg).not.toMatch(/opacity/);
  });

  it("keeps the colors of drawing entirely inside the reference box, and only there", () => {
    const body = `<g fill="red"><rect id="inside" x="70" y="70" width="20" height="20"/><rect id="across" x="50" y="70" width="40" height="20"/><rect id="outside" x="0" y="0" width="20" height="20"/></g>`;
    const kept = normalize(body, { x: 60, y: 60, width: 40, height: 40 });
    expect(kept.keptReference).toBe(true);
    expect(paintOf(kept.svg, "inside").fill).toBe("red");
    expect(paintOf(kept.svg, "across").fill).toBe("#ffffff");
    expect(paintOf(kept.svg, "outside").fill).toBe("#ffffff");
    // `true` is the bottom-right corner; without a reference every color goes.
    expect(paintOf(normalize(body, true).svg, "inside").fill).toBe("red");
    const none = normalize(body);
    expect(none.keptReference).toBe(false);
    expect(paintOf(none.svg, "inside").fill).toBe("#ffffff");
  });

  it("places transformed drawing where it lands, for the reference box", () => {
    const { svg } = normalize(`<g transform="translate(60 60)"><rect id="moved" width="10" height="10" fill="blue"/></g><rect id="still" width="10" height="10" fill="blue"/>`, { x: 55, y: 55, width: 45, height: 45 });
    expect(paintOf(svg, "moved").fill).toBe("blue");
    expect(paintOf(svg, "still").fill).toBe("#ffffff");
  });

  it("resolves percentages against the viewport", () => {
    const { svg } = normalize(`<rect id="half" x="50%" width="50%" height="10%"/><circle id="round" cx="50%" cy="50%" r="10%"/>`);
    const rect = [...walkElements(parseSvg(svg))].find((e) => e.attributes.id === "half")!;
    expect(rect.attributes).toMatchObject({ x: "50", width: "50", height: "10" });
    const circle = [...walkElements(parseSvg(svg))].find((e) => e.attributes.id === "round")!;
    expect(circle.attributes).toMatchObject({ cx: "50", cy: "50", r: "10" });
  });
});

describe("the print-ready page from an SVG", () => {
  async function colored(png: Buffer): Promise<{ colored: number; grey: number; width: number; height: number }> {
    const { data, info } = await sharp(png).removeAlpha().toColourspace("srgb").raw().toBuffer({ resolveWithObject: true });
    let coloredPixels = 0, grey = 0;
    for (let i = 0; i < data.length; i += 3) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 24) coloredPixels += 1;
      else if (r > 0 && r < 255) grey += 1;
    }
    return { colored: coloredPixels, grey, width: info.width, height: info.height };
  }

  it("is a 300 DPI page of the paper, pure black and white", async () => {
    const ready = await makeSvgPrintReady(vectorSvg(1024, 1536, "a house"), { ageGroup: "6-9", paper: "letter", orientation: "portrait" });
    const meta = await sharp(ready.page.png).metadata();
    expect([meta.width, meta.height, meta.density]).toEqual([2550, 3300, 300]);
    expect(await colored(ready.page.png)).toMatchObject({ colored: 0, grey: 0 });
  });

  it("keeps a colored reference in the corner when asked", async () => {
    const body = `<rect x="0" y="0" width="60" height="60" fill="none" stroke="black" stroke-width="2"/><rect x="75" y="75" width="20" height="20" fill="#2a9d8f"/>`;
    const ready = await makeSvgPrintReady(wrap(body), { ageGroup: "6-9", paper: "a4", orientation: "portrait", reference: true });
    expect(ready.keptReference).toBe(true);
    const stats = await colored(ready.page.png);
    expect(stats.colored).toBeGreaterThan(10_000);
    expect(ready.page.referenceBox).toBeDefined();
    expect(ready.page.referenceBox!.left).toBeGreaterThan(stats.width / 2);
  });
});

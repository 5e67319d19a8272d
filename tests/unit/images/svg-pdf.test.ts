import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from "pdf-lib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { makeSvgPrintReady, svgPagePdf } from "@/lib/images/svg";
import { arcToCubics, parsePathData } from "@/lib/images/svg/path-data";
import { vectorSvg } from "../../support/openai-server/svg";

const wrap = (body: string): string => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">${body}</svg>`;

async function pagePdf(svgText: string, reference = false) {
  const ready = await makeSvgPrintReady(svgText, { ageGroup: "6-9", paper: "letter", orientation: "portrait", reference });
  return { ready, ...(await svgPagePdf({ svg: ready.svg, png: ready.page.png, paper: "letter", orientation: "portrait", title: "A page" })) };
}

/** The page's content stream and whether it draws an image. */
async function contents(pdf: Buffer): Promise<{ text: string; images: number; size: { width: number; height: number } }> {
  const doc = await PDFDocument.load(pdf);
  const page = doc.getPage(0);
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
  let text = "";
  for (const stream of streams) if (stream instanceof PDFRawStream) text += Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1");
  const xobjects = page.node.Resources()?.lookupMaybe(PDFName.of("XObject"), PDFDict);
  const images = xobjects ? xobjects.keys().length : 0;
  return { text, images, size: page.getSize() };
}

/** Rasterizes the PDF with poppler, as a printer driver would. */
function rasterize(pdf: Buffer): Buffer {
  const dir = mkdtempSync(path.join(tmpdir(), "inkwell-pdf-"));
  writeFileSync(path.join(dir, "page.pdf"), pdf);
  execFileSync("pdftoppm", ["-r", "40", "-png", "-singlefile", path.join(dir, "page.pdf"), path.join(dir, "page")]);
  return readFileSync(path.join(dir, "page.png"));
}

async function inkShare(png: Buffer): Promise<number> {
  const { data } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  let ink = 0;
  for (const v of data) if (v < 128) ink += 1;
  return ink / data.length;
}

describe("the PDF of a vector page", () => {
  it("keeps the drawing as vector paths on a Letter page, with no picture embedded", async () => {
    const { pdf, vector, unsupported } = await pagePdf(vectorSvg(1024, 1536, "vector pdf"));
    expect(vector).toBe(true);
    expect(unsupported).toEqual([]);
    const { text, images, size } = await contents(pdf);
    expect(images).toBe(0);
    expect(size).toEqual({ width: 612, height: 792 });
    expect(text).toMatch(/ c\n/); // curves
    expect(text).toMatch(/ l\n/); // lines
    expect(text).toMatch(/\bS\n|\bB\n/); // strokes
    // Printed, it looks like the 300 DPI page: the same share of ink, within a few percent.
    const printed = await inkShare(rasterize(pdf));
    const page = await inkShare(await sharp((await pagePdf(vectorSvg(1024, 1536, "vector pdf"))).ready.page.png).resize(340).png().toBuffer());
    expect(printed).toBeGreaterThan(0.005);
    expect(Math.abs(printed - page)).toBeLessThan(0.02);
  });

  it("draws arcs, transforms and even-odd fills as vector", async () => {
    const { vector } = await pagePdf(wrap(`<g transform="rotate(20 50 50) scale(0.9)"><path d="M10 10 a20 20 0 1 0 40 0 z" stroke="black"/><path d="M60 60h30v30h-30z M70 70h10v10h-10z" fill-rule="evenodd" fill="#000"/></g>`));
    expect(vector).toBe(true);
  });

  it("falls back to the 300 DPI picture for text, clipping or a kept gradient", async () => {
    for (const body of [
      `<text x="10" y="50">Hello</text>`,
      `<clipPath id="c"><rect width="50" height="50"/></clipPath><rect width="100" height="100" clip-path="url(#c)" fill="none" stroke="black"/>`,
    ]) {
      const { pdf, vector, unsupported } = await pagePdf(wrap(body));
      expect(vector).toBe(false);
      expect(unsupported.length).toBeGreaterThan(0);
      expect((await contents(pdf)).images).toBe(1);
    }
    const gradient = await pagePdf(wrap(`<linearGradient id="g"><stop stop-color="red"/><stop offset="1" stop-color="blue"/></linearGradient><rect x="75" y="75" width="20" height="20" fill="url(#g)"/>`), true);
    expect(gradient.ready.keptReference).toBe(true);
    expect(gradient.unsupported).toContain("gradient");
  });
});

describe("path data", () => {
  it("reads absolute and relative commands, implicit repeats and packed arc flags", () => {
    expect(parsePathData("M10 10 20 20 l5-5h5v5 z")).toEqual([
      { kind: "M", x: 10, y: 10 },
      { kind: "L", x: 20, y: 20 },
      { kind: "L", x: 25, y: 15 },
      { kind: "L", x: 30, y: 15 },
      { kind: "L", x: 30, y: 20 },
      { kind: "Z" },
    ]);
    expect(parsePathData("M0 0a5 5 0 1010 0")).toEqual([
      { kind: "M", x: 0, y: 0 },
      { kind: "A", rx: 5, ry: 5, rotation: 0, large: true, sweep: false, x: 10, y: 0 },
    ]);
    expect(parsePathData("M0,0 C1,1 2,2 3,3 S5,5 6,6 Q7,7 8,8 T10,10")?.map((s) => s.kind)).toEqual(["M", "C", "C", "Q", "Q"]);
    expect(parsePathData("M.5.5L1e1-2")).toEqual([{ kind: "M", x: 0.5, y: 0.5 }, { kind: "L", x: 10, y: -2 }]);
  });

  it("refuses malformed data instead of guessing (or looping)", () => {
    for (const d of ["", "L0 0", "M0", "M0 0 L1", "M0 0 Z 5 5", "M0 0 X 1 1", "M0 0 A1 1 0 2 0 1 1", "M0 0 L1 one"]) expect(parsePathData(d), d).toBeNull();
  });

  it("turns an arc into curves that end where the arc ends", () => {
    const arc = parsePathData("M0 0 A10 10 0 0 1 20 0")![1]!;
    const curves = arcToCubics(0, 0, arc as Extract<typeof arc, { kind: "A" }>);
    expect(curves).toHaveLength(2);
    expect(curves.at(-1)).toMatchObject({ x: 20, y: 0 });
    // The half circle's top is 10 above the chord.
    const top = curves[0]!;
    expect(Math.min(top.y1, top.y2, top.y)).toBeLessThan(-5);
  });
});

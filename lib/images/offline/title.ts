import { parse, type Font } from "opentype.js";
import { loadBinaryAsset } from "./assets";
import { pathBounds } from "./path-bounds";
import type { Box } from "./scene";

const FONT_FILES = [
  "@fontsource/fredoka/files/fredoka-latin-600-normal.woff",
  "@fontsource/fredoka/files/fredoka-latin-ext-600-normal.woff",
];
let fonts: Font[] | undefined;

/** Fredoka SemiBold (OFL-1.1): the latin subset (French accents included), then latin-ext. */
function getFonts(): Font[] {
  if (!fonts) {
    fonts = FONT_FILES.map((file) => {
      const bytes = loadBinaryAsset(file);
      return parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    });
  }
  return fonts;
}

/** One line of text as SVG path data at a font size of 1000 units, from x = 0 on baseline 0. */
export function textPath(text: string): { d: string; advance: number } {
  const all = getFonts();
  let x = 0;
  let d = "";
  let previous: { font: Font; glyph: ReturnType<Font["charToGlyph"]> } | undefined;
  for (const char of Array.from(text)) {
    const font = all.find((f) => f.hasChar(char));
    if (!font) continue;
    const glyph = font.charToGlyph(char);
    const scale = 1000 / font.unitsPerEm;
    if (previous && previous.font === font) x += font.getKerningValue(previous.glyph, glyph) * scale;
    d += glyph.getPath(x, 0, 1000).toPathData({ decimalPlaces: 1, flipY: false });
    x += (glyph.advanceWidth ?? 0) * scale;
    previous = { font, glyph };
  }
  return { d, advance: x };
}

/** A title ready to draw: `<path>` elements in font units, placed by `transform`, and the box it fills. */
export interface TitleArt {
  elements: string;
  transform: string;
  /** Page pixels per font unit (to turn a page line width into a stroke width). */
  scale: number;
  box: Box;
}

/** Cleans a theme for display: trimmed, single spaces, first letter capitalised, at most 60 characters. */
export function titleText(theme: string): string {
  const clean = theme.replace(/\s+/g, " ").trim();
  const short = clean.length > 60 ? `${clean.slice(0, 59).trimEnd()}…` : clean;
  return short.charAt(0).toUpperCase() + short.slice(1);
}

function splitInTwo(text: string): [string, string] | null {
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index ?? 0);
  if (spaces.length === 0) return null;
  const middle = text.length / 2;
  const at = spaces.reduce((best, s) => (Math.abs(s - middle) < Math.abs(best - middle) ? s : best));
  return [text.slice(0, at), text.slice(at + 1)];
}

/**
 * Lays the title out centred in the band [top, top + maxHeight] across `maxWidth`, on one line
 * or, when one line would be too small, on two.
 */
export function layoutTitle(text: string, pageWidth: number, maxWidth: number, top: number, maxHeight: number): TitleArt | null {
  const label = titleText(text);
  if (!label) return null;
  const one = textPath(label);
  const lineGap = 1.12;
  let lines = [one];
  let size = Math.min(maxHeight / 1.0, (maxWidth / Math.max(one.advance, 1)) * 1000);
  const halves = splitInTwo(label);
  if (size < maxHeight * 0.6 && halves) {
    const two = halves.map(textPath);
    const twoSize = Math.min(maxHeight / (1 + lineGap), (maxWidth / Math.max(...two.map((t) => t.advance), 1)) * 1000);
    if (twoSize > size) {
      lines = two;
      size = twoSize;
    }
  }
  const scale = size / 1000;
  const widest = Math.max(...lines.map((l) => l.advance));
  let elements = "";
  lines.forEach((l, i) => {
    const dx = (widest - l.advance) / 2;
    elements += `<path transform="translate(${Math.round(dx)} ${Math.round(i * lineGap * 1000)})" d="${l.d}"/>`;
  });
  const bounds = pathBounds(lines.map((l) => l.d).join(""));
  const capTop = bounds.minY;
  const height = ((lines.length - 1) * lineGap * 1000 + bounds.maxY - bounds.minY) * scale;
  const x = (pageWidth - widest * scale) / 2;
  const y = top + (maxHeight - height) / 2 - capTop * scale;
  return {
    elements,
    scale,
    transform: `translate(${Math.round(x * 10) / 10} ${Math.round(y * 10) / 10}) scale(${Math.round(scale * 10000) / 10000})`,
    box: { x, y: y + capTop * scale, width: widest * scale, height },
  };
}

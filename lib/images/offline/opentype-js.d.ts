/** The small part of opentype.js (MIT, no bundled types) the title drawing uses. */
declare module "opentype.js" {
  export interface Path {
    toPathData(options?: { decimalPlaces?: number; flipY?: boolean; optimize?: boolean }): string;
  }
  export interface Glyph {
    index: number;
    advanceWidth?: number;
    getPath(x: number, y: number, fontSize: number): Path;
  }
  export interface Font {
    unitsPerEm: number;
    ascender: number;
    descender: number;
    hasChar(c: string): boolean;
    charToGlyph(c: string): Glyph;
    getKerningValue(left: Glyph, right: Glyph): number;
  }
  export function parse(buffer: ArrayBuffer): Font;
}

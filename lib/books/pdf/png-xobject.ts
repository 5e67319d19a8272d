import { concatTransformationMatrix, drawObject, popGraphicsState, pushGraphicsState, type PDFDocument, type PDFPage, type PDFRef } from "pdf-lib";
import type { Box } from "@/lib/shared/books/layout";

const SIGNATURE = "89504e470d0a1a0a";

/** What a PNG holds, for passing its compressed pixels straight into a PDF. */
export interface PngData {
  width: number;
  height: number;
  /** 1 (grey) or 3 (RGB). */
  colors: 1 | 3;
  /** The concatenated IDAT chunks: a zlib stream of PNG-filtered rows. */
  idat: Buffer;
}

/** Reads an 8-bit, non-interlaced grey or RGB PNG (what sharp writes for book pages). */
export function readPng(png: Buffer): PngData {
  if (png.subarray(0, 8).toString("hex") !== SIGNATURE) throw new Error("not a PNG");
  let offset = 8;
  let header: { width: number; height: number; depth: number; type: number; interlace: number } | undefined;
  const parts: Buffer[] = [];
  while (offset + 8 <= png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("latin1", offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8]!, type: body[9]!, interlace: body[12]! };
    else if (type === "IDAT") parts.push(body);
    else if (type === "IEND") break;
    offset += 12 + length;
  }
  if (!header) throw new Error("PNG without a header");
  if (header.depth !== 8 || header.interlace !== 0 || (header.type !== 0 && header.type !== 2)) {
    throw new Error(`unsupported PNG (bit depth ${header.depth}, color type ${header.type}, interlace ${header.interlace})`);
  }
  return { width: header.width, height: header.height, colors: header.type === 2 ? 3 : 1, idat: Buffer.concat(parts) };
}

/**
 * Adds a PNG to the PDF as an image XObject without decoding it: PDF's Flate filter with the PNG
 * predictor reads PNG's own compressed rows. pdf-lib's `embedPng` would decode and re-compress
 * every page in JavaScript (most of a second for a 300-DPI page).
 */
export function embedPngXObject(doc: PDFDocument, png: Buffer): { ref: PDFRef; width: number; height: number } {
  const data = readPng(png);
  const stream = doc.context.stream(data.idat, {
    Type: "XObject",
    Subtype: "Image",
    Width: data.width,
    Height: data.height,
    ColorSpace: data.colors === 3 ? "DeviceRGB" : "DeviceGray",
    BitsPerComponent: 8,
    Filter: "FlateDecode",
    DecodeParms: { Predictor: 15, Colors: data.colors, BitsPerComponent: 8, Columns: data.width },
  });
  return { ref: doc.context.register(stream), width: data.width, height: data.height };
}

/** Draws an embedded image XObject into `box` (top-left coordinates, in points). */
export function drawXObject(page: PDFPage, ref: PDFRef, box: Box): void {
  const name = page.node.newXObject("Im", ref);
  const y = page.getHeight() - box.y - box.height;
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(box.width, 0, 0, box.height, box.x, y), drawObject(name), popGraphicsState());
}

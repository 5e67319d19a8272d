import { PDFDocument, rgb, type PDFPage, type RGB } from "pdf-lib";
import type { CoverPalette } from "../cover/palettes";
import type { Box, CoverGeometry } from "@/lib/shared/books/layout";
import { embedBookFonts, printable } from "./fonts";
import type { BookText } from "./front-matter";
import { drawXObject, embedPngXObject } from "./png-xobject";
import { drawBlock, drawVerticalLine, fillBox, fitText, INK } from "./text";

export interface CoverInput {
  book: BookText & { blurb: string | null };
  geometry: CoverGeometry;
  /** The front picture, exactly the front panel with its bleed at 300 DPI. */
  picture: Buffer;
  palette: Pick<CoverPalette, "back" | "spine">;
}

function hex(color: string): RGB {
  const value = Number.parseInt(color.replace("#", ""), 16);
  return rgb(((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255);
}

/** A rounded white plaque behind cover text, so it reads on any picture. */
function plaque(page: PDFPage, box: Box, opacity: number): void {
  const r = Math.min(18, box.height / 3);
  const { x, y, width: w, height: h } = box;
  const path = `M${x + r} ${y} H${x + w - r} A${r} ${r} 0 0 1 ${x + w} ${y + r} V${y + h - r} A${r} ${r} 0 0 1 ${x + w - r} ${y + h} H${x + r} A${r} ${r} 0 0 1 ${x} ${y + h - r} V${y + r} A${r} ${r} 0 0 1 ${x + r} ${y} Z`;
  page.drawSvgPath(path, { x: 0, y: page.getHeight(), color: rgb(1, 1, 1), opacity, borderWidth: 0 });
}

/**
 * The wraparound paperback cover: back cover with the blurb (clear of KDP's barcode area), spine
 * (with text only above 79 pages), and front cover with the picture to the bleed and the title,
 * subtitle and author; TrimBox and BleedBox are set.
 */
export async function buildCoverPdf({ book, geometry: g, picture, palette }: CoverInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${book.title} — cover`);
  doc.setCreator("Inkwell");
  doc.setProducer("Inkwell");
  const fonts = await embedBookFonts(doc);
  const page = doc.addPage([g.media.width, g.media.height]);
  page.setBleedBox(0, 0, g.media.width, g.media.height);
  page.setTrimBox(g.trim.x, g.media.height - g.trim.y - g.trim.height, g.trim.width, g.trim.height);

  fillBox(page, { x: 0, y: 0, width: g.media.width, height: g.media.height }, hex(palette.back));
  fillBox(page, { x: g.spine.x, y: 0, width: g.spine.width, height: g.media.height }, hex(palette.spine));
  drawXObject(page, embedPngXObject(doc, picture).ref, g.frontArt);

  // Front: title and subtitle on a plaque at the top, the author on one at the bottom.
  const safe = g.frontSafe;
  const pad = 12;
  const inner = { x: safe.x + pad, y: safe.y + pad, width: safe.width - 2 * pad, height: safe.height * 0.2 };
  const title = fitText(fonts.bold, book.title, inner, { maxSize: 54, minSize: 14, maxLines: 3 });
  const subtitle = book.subtitle ? fitText(fonts.regular, book.subtitle, { width: inner.width, height: safe.height * 0.08 }, { maxSize: 22, minSize: 9, maxLines: 2 }) : null;
  const height = title.height + (subtitle ? subtitle.height + 6 : 0);
  plaque(page, { x: safe.x, y: safe.y, width: safe.width, height: height + 2 * pad }, 0.88);
  drawBlock(page, fonts.bold, title, inner, inner.y);
  if (subtitle) drawBlock(page, fonts.regular, subtitle, inner, inner.y + title.height + 6);
  if (book.author) {
    const author = fitText(fonts.bold, book.author, { width: inner.width * 0.8, height: 40 }, { maxSize: 20, minSize: 9, maxLines: 1 });
    const w = Math.max(...author.lines.map((l) => fonts.bold.widthOfTextAtSize(l, author.size))) + 2 * pad;
    const box = { x: safe.x + (safe.width - w) / 2, y: safe.y + safe.height - author.height - 2 * pad, width: w, height: author.height + 2 * pad };
    plaque(page, box, 0.88);
    drawBlock(page, fonts.bold, author, { ...box, x: box.x + pad, width: box.width - 2 * pad }, box.y + pad);
  }

  // Back: the blurb, above the barcode area.
  if (book.blurb) {
    const area = { x: g.backSafe.x, y: g.backSafe.y, width: g.backSafe.width, height: g.barcode.y - g.backSafe.y - 18 };
    const blurb = fitText(fonts.regular, book.blurb, { width: area.width - 2 * pad, height: area.height - 2 * pad }, { maxSize: 16, minSize: 7, maxLines: 60, leading: 1.35 });
    drawBlock(page, fonts.regular, blurb, { ...area, x: area.x + pad, width: area.width - 2 * pad }, area.y + pad, "left", INK);
  }

  if (g.spineText) {
    const text = printable(fonts.bold, book.author ? `${book.title}  ·  ${book.author}` : book.title);
    let size = Math.min(g.spineText.width * 0.72, 20);
    while (size > 4 && fonts.bold.widthOfTextAtSize(text, size) > g.spineText.height) size -= 0.5;
    drawVerticalLine(page, fonts.bold, text, size, g.spineText, rgb(1, 1, 1));
  }
  return doc.save();
}

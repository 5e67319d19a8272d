import { PDFDocument, type PDFPage, type PDFRef } from "pdf-lib";
import type { CropBox } from "@/lib/db/books";
import type { ArtCredit } from "@/lib/images/offline/credits";
import type { Translator } from "@/lib/i18n/types";
import { pointsToPixels, type BookLayout, type Box, type LaidOutPage } from "@/lib/shared/books/layout";
import { embedBookFonts, type BookFonts } from "./fonts";
import { drawBelongsPage, drawCreditsPage, drawTitlePage, type BookText } from "./front-matter";
import { renderPageArt } from "./page-art";
import { drawXObject, embedPngXObject } from "./png-xobject";
import { drawBlock, fitText } from "./text";

/** A coloring page's image, read only when the PDF needs it. */
export interface InteriorPageSource {
  imageId: string;
  crop: CropBox;
  color: boolean;
  read: () => Promise<Buffer>;
}

export interface InteriorInput {
  book: BookText;
  layout: BookLayout;
  /** By book page id. */
  sources: ReadonlyMap<string, InteriorPageSource>;
  credits: readonly ArtCredit[];
  t: Translator;
  /** Called after each page with (pages done, total). */
  onPage?: (done: number, total: number) => void;
}

/** PDF boxes use bottom-left coordinates. */
function pdfRect(page: PDFPage, box: Box): [number, number, number, number] {
  return [box.x, page.getHeight() - box.y - box.height, box.width, box.height];
}

function drawPageNumber(page: PDFPage, laid: LaidOutPage, fonts: BookFonts): void {
  if (!laid.printedNumber || !laid.numberBand) return;
  const band = laid.numberBand;
  const block = fitText(fonts.regular, laid.printedNumber, band, { maxSize: 11, maxLines: 1 });
  // On the outside corner: right on right-hand pages, left on left-hand pages.
  drawBlock(page, fonts.regular, block, band, band.y + (band.height - block.height) / 2, laid.side === "right" ? "right" : "left");
}

/**
 * The interior PDF: one PDF page per laid-out page at the media size (the trim, plus the bleed
 * for print-on-demand with bleed, with TrimBox and BleedBox set), front matter set in Fredoka,
 * and each distinct page image embedded once at exactly 300 DPI of its place on the page.
 */
export async function buildInteriorPdf({ book, layout, sources, credits, t, onPage }: InteriorInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(book.title);
  if (book.author) doc.setAuthor(book.author);
  doc.setCreator("Inkwell");
  doc.setProducer("Inkwell");
  const fonts = await embedBookFonts(doc);
  const embedded = new Map<string, PDFRef>();

  for (const laid of layout.pages) {
    const page = doc.addPage([laid.media.width, laid.media.height]);
    if (layout.mode === "print-on-demand") {
      page.setBleedBox(0, 0, laid.media.width, laid.media.height);
      page.setTrimBox(...pdfRect(page, laid.trim));
    }
    if (laid.kind === "title") drawTitlePage(page, laid.live, fonts, book, t);
    else if (laid.kind === "belongs") drawBelongsPage(page, laid.live, fonts, t);
    else if (laid.kind === "credits") drawCreditsPage(page, laid.live, fonts, book, credits, t);
    else if (laid.kind === "coloring" && laid.pageId && laid.picture) {
      const source = sources.get(laid.pageId);
      if (!source) throw new Error(`no image for book page ${laid.pageId}`);
      const width = pointsToPixels(laid.picture.width);
      const height = pointsToPixels(laid.picture.height);
      // Mirrored margins keep every coloring area the same size, so a repeated image is embedded once.
      const key = `${source.imageId}:${width}x${height}`;
      let ref = embedded.get(key);
      if (!ref) {
        const art = await renderPageArt({ png: await source.read(), crop: source.crop, color: source.color, width, height });
        ref = embedPngXObject(doc, art).ref;
        embedded.set(key, ref);
      }
      drawXObject(page, ref, laid.picture);
      drawPageNumber(page, laid, fonts);
    }
    onPage?.(laid.number, layout.pages.length);
  }
  return doc.save();
}

import { rgb, type PDFPage } from "pdf-lib";
import type { ArtCredit } from "@/lib/images/offline/credits";
import type { Translator } from "@/lib/i18n/types";
import { LICENSE_URLS } from "../credits";
import type { Box } from "@/lib/shared/books/layout";
import type { BookFonts } from "./fonts";
import { drawBlock, fitText } from "./text";

/** What the front matter prints about the book. */
export interface BookText {
  title: string;
  subtitle: string | null;
  author: string | null;
  year: number;
}

function band(live: Box, top: number, height: number): Box {
  return { x: live.x, y: live.y + live.height * top, width: live.width, height: live.height * height };
}

/** Title, subtitle and author, in the live area. */
export function drawTitlePage(page: PDFPage, live: Box, fonts: BookFonts, book: BookText, t: Translator): void {
  const titleBox = band(live, 0.2, 0.3);
  const title = fitText(fonts.bold, book.title, titleBox, { maxSize: 48, maxLines: 3 });
  drawBlock(page, fonts.bold, title, titleBox, titleBox.y + titleBox.height - title.height);
  if (book.subtitle) {
    const box = band(live, 0.53, 0.14);
    const subtitle = fitText(fonts.regular, book.subtitle, box, { maxSize: 22, maxLines: 3 });
    drawBlock(page, fonts.regular, subtitle, box, box.y);
  }
  if (book.author) {
    const box = band(live, 0.86, 0.1);
    const author = fitText(fonts.regular, t("books.print.by", { author: book.author }), box, { maxSize: 18, maxLines: 2 });
    drawBlock(page, fonts.regular, author, box, box.y + box.height - author.height);
  }
}

/** "This book belongs to" above a line to write a name on. */
export function drawBelongsPage(page: PDFPage, live: Box, fonts: BookFonts, t: Translator): void {
  const box = band(live, 0.3, 0.12);
  const heading = fitText(fonts.bold, t("books.print.belongsTo"), box, { maxSize: 34, maxLines: 2 });
  drawBlock(page, fonts.bold, heading, box, box.y + box.height - heading.height);
  const lineY = page.getHeight() - (live.y + live.height * 0.55);
  const inset = live.width * 0.12;
  page.drawLine({ start: { x: live.x + inset, y: lineY }, end: { x: live.x + live.width - inset, y: lineY }, thickness: 1.5, color: rgb(0, 0, 0) });
}

/** Copyright and the licences of the artwork and type the book is made with. */
export function drawCreditsPage(page: PDFPage, live: Box, fonts: BookFonts, book: BookText, credits: readonly ArtCredit[], t: Translator): void {
  let y = live.y + live.height * 0.45;
  const write = (text: string, size: number, bold = false, gap = 4) => {
    const font = bold ? fonts.bold : fonts.regular;
    const block = fitText(font, text, { width: live.width, height: live.height }, { maxSize: size, minSize: size, maxLines: 8 });
    drawBlock(page, font, block, live, y, "left");
    y += block.height + gap;
  };
  write(book.title, 11, true);
  write(book.author ? t("books.print.copyright", { year: String(book.year), author: book.author }) : t("books.print.copyrightNoAuthor", { year: String(book.year) }), 9);
  write(t("books.print.madeWith"), 9, false, 14);
  write(t("books.print.creditsHeading"), 10, true);
  for (const credit of credits) {
    write(credit.name, 8, true, 1);
    write(t("books.print.license", { license: credit.license, url: LICENSE_URLS[credit.license] ?? credit.url }), 7, false, 1);
    write(`${credit.usage} — ${credit.url}`, 7, false, 8);
  }
}

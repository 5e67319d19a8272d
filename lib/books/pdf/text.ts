import { degrees, rgb, type PDFFont, type PDFPage, type RGB } from "pdf-lib";
import type { Box } from "@/lib/shared/books/layout";
import { printable } from "./fonts";

export const INK = rgb(0.1, 0.1, 0.12);

/** Greedy word wrap to `maxWidth` at `size`; a word longer than a line is cut. */
export function wrapText(font: PDFFont, text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\n+/)) {
    let line = "";
    for (const word of paragraph.split(" ").filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) <= maxWidth) {
        line = next;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (font.widthOfTextAtSize(line, size) > maxWidth && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > maxWidth) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    if (line) lines.push(line);
  }
  return lines;
}

export interface TextBlock {
  lines: string[];
  size: number;
  lineHeight: number;
  height: number;
}

/** The largest size (≤ `maxSize`, ≥ `minSize`) at which the text fits `box` in at most `maxLines` lines. */
export function fitText(font: PDFFont, raw: string, box: Pick<Box, "width" | "height">, { maxSize, minSize = 6, maxLines = 3, leading = 1.2 }: { maxSize: number; minSize?: number; maxLines?: number; leading?: number }): TextBlock {
  const text = printable(font, raw);
  for (let size = maxSize; size >= minSize; size -= 0.5) {
    const lines = wrapText(font, text, size, box.width);
    const height = lines.length * size * leading;
    if (lines.length <= maxLines && height <= box.height) return { lines, size, lineHeight: size * leading, height };
  }
  const lines = wrapText(font, text, minSize, box.width).slice(0, maxLines);
  return { lines, size: minSize, lineHeight: minSize * leading, height: lines.length * minSize * leading };
}

/** Draws a block's lines from `top` (top-left coordinates), each aligned in `box`'s width. */
export function drawBlock(page: PDFPage, font: PDFFont, block: TextBlock, box: Box, top: number, align: "left" | "center" | "right" = "center", color: RGB = INK): void {
  block.lines.forEach((line, index) => {
    const width = font.widthOfTextAtSize(line, block.size);
    const x = align === "left" ? box.x : align === "right" ? box.x + box.width - width : box.x + (box.width - width) / 2;
    // The baseline sits about 0.8 of the size below the line's top for Fredoka.
    const baseline = top + index * block.lineHeight + block.size * 0.8 + (block.lineHeight - block.size) / 2;
    page.drawText(line, { x, y: page.getHeight() - baseline, size: block.size, font, color });
  });
}

/** One line of text read bottom to top along a vertical box (a spine), centred in it. */
export function drawVerticalLine(page: PDFPage, font: PDFFont, text: string, size: number, box: Box, color: RGB): void {
  const width = font.widthOfTextAtSize(text, size);
  // Rotated -90°: the text reads from the top of the spine down, as on English-language books.
  const x = box.x + box.width / 2 - size * 0.35;
  const y = page.getHeight() - (box.y + (box.height - width) / 2);
  page.drawText(text, { x, y, size, font, color, rotate: degrees(-90) });
}

/** A filled rectangle in top-left coordinates. */
export function fillBox(page: PDFPage, box: Box, color: RGB, opacity = 1): void {
  page.drawRectangle({ x: box.x, y: page.getHeight() - box.y - box.height, width: box.width, height: box.height, color, opacity });
}

import "server-only";
import { PDFDocument, StandardFonts, rgb, type PDFImage, type PDFPage } from "pdf-lib";
import sharp from "sharp";
import type { ScriptRecord } from "@/lib/db/scripts";
import { log } from "@/lib/log";
import { ASPECTS, type Aspect } from "@/lib/images/prompts/scene";
import { blobStore } from "@/lib/storage";
import { winAnsiSafe, wrapText } from "./pdf-text";
import type { ExportRow } from "./rows";

/** Letter landscape, in points, with six frames a page (3 × 2). */
const PAGE = { width: 792, height: 612, margin: 36, header: 28, gap: 18 } as const;
const COLUMNS = 3;
const ROWS = 2;
export const FRAMES_PER_PAGE = COLUMNS * ROWS;
const CELL_WIDTH = (PAGE.width - 2 * PAGE.margin - (COLUMNS - 1) * PAGE.gap) / COLUMNS;
const CELL_HEIGHT = (PAGE.height - 2 * PAGE.margin - PAGE.header - (ROWS - 1) * PAGE.gap) / ROWS;
const IMAGE_BOX_HEIGHT = 150;
const TEXT_SIZE = 9;
const LINE_HEIGHT = 11;
const GREY = rgb(0.45, 0.45, 0.45);

/** A frame is small on paper: ~2× its width in pixels, as JPEG, keeps a 300-frame PDF light. */
async function frameJpeg(png: Buffer): Promise<Buffer> {
  return sharp(png).resize(Math.round(CELL_WIDTH * 2.5), Math.round(IMAGE_BOX_HEIGHT * 2.5), { fit: "inside", withoutEnlargement: true }).flatten({ background: "#ffffff" }).jpeg({ quality: 80 }).toBuffer();
}

function fit(boxWidth: number, boxHeight: number, aspect: number): { width: number; height: number } {
  return boxWidth / boxHeight > aspect ? { width: boxHeight * aspect, height: boxHeight } : { width: boxWidth, height: boxWidth / aspect };
}

/**
 * The storyboard: the segments in order, six a page on Letter landscape, each with its chosen
 * image (or an empty frame), timestamp and text. Each image is embedded once.
 */
export async function storyboardPdf(script: ScriptRecord, rows: readonly ExportRow[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(script.title);
  doc.setCreator("Inkwell");
  doc.setProducer("Inkwell");
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const embedded = new Map<string, PDFImage | null>();
  const pages = Math.max(1, Math.ceil(rows.length / FRAMES_PER_PAGE));
  const frameAspect = ASPECTS[script.aspect as Aspect] ?? 16 / 9;
  const title = wrapText(winAnsiSafe(script.title, bold), bold, 14, PAGE.width - 2 * PAGE.margin - 90, 1)[0] ?? "";
  // Every frame of a row has the script's aspect, so the text lines up under the frames.
  const frameBox = fit(CELL_WIDTH, IMAGE_BOX_HEIGHT, frameAspect);

  let page: PDFPage | undefined;
  for (const row of rows) {
    const slot = row.index % FRAMES_PER_PAGE;
    if (slot === 0 || !page) {
      page = doc.addPage([PAGE.width, PAGE.height]);
      const top = PAGE.height - PAGE.margin;
      page.drawText(title, { x: PAGE.margin, y: top - 14, size: 14, font: bold });
      const label = `Page ${Math.floor(row.index / FRAMES_PER_PAGE) + 1} of ${pages}`;
      page.drawText(label, { x: PAGE.width - PAGE.margin - regular.widthOfTextAtSize(label, 9), y: top - 12, size: 9, font: regular, color: GREY });
    }
    const x = PAGE.margin + (slot % COLUMNS) * (CELL_WIDTH + PAGE.gap);
    const cellTop = PAGE.height - PAGE.margin - PAGE.header - Math.floor(slot / COLUMNS) * (CELL_HEIGHT + PAGE.gap);

    const image = row.image ? await embedOnce(doc, embedded, row.image.id, row.image.storageKey) : null;
    const box = image ? fit(frameBox.width, frameBox.height, image.width / image.height) : frameBox;
    const imageX = x + (CELL_WIDTH - box.width) / 2;
    const imageY = cellTop - (frameBox.height + box.height) / 2;
    if (image) page.drawImage(image, { x: imageX, y: imageY, width: box.width, height: box.height });
    else {
      page.drawRectangle({ x: imageX, y: imageY, width: box.width, height: box.height, color: rgb(0.94, 0.94, 0.94), borderColor: rgb(0.8, 0.8, 0.8), borderWidth: 0.5 });
      const empty = "No image yet";
      page.drawText(empty, { x: imageX + (box.width - regular.widthOfTextAtSize(empty, 9)) / 2, y: imageY + box.height / 2 - 3, size: 9, font: regular, color: GREY });
    }

    let y = cellTop - frameBox.height - 14;
    page.drawText(`${row.index + 1}  ·  ${row.segment.timestamp}`, { x, y, size: 10, font: bold });
    const maxLines = Math.max(1, Math.floor((y - (cellTop - CELL_HEIGHT)) / LINE_HEIGHT) - 1);
    for (const line of wrapText(winAnsiSafe(row.segment.text, regular), regular, TEXT_SIZE, CELL_WIDTH, maxLines)) {
      y -= LINE_HEIGHT;
      page.drawText(line, { x, y, size: TEXT_SIZE, font: regular });
    }
  }
  if (!page) {
    const empty = doc.addPage([PAGE.width, PAGE.height]);
    empty.drawText(title, { x: PAGE.margin, y: PAGE.height - PAGE.margin - 14, size: 14, font: bold });
  }
  return Buffer.from(await doc.save());
}

async function embedOnce(doc: PDFDocument, cache: Map<string, PDFImage | null>, id: string, storageKey: string): Promise<PDFImage | null> {
  if (cache.has(id)) return cache.get(id) ?? null;
  const png = await blobStore().get(storageKey);
  let image: PDFImage | null = null;
  if (png) image = await doc.embedJpg(await frameJpeg(png));
  else log.error("image record without its file", { imageId: id });
  cache.set(id, image);
  return image;
}

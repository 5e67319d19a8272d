import { PDFDocument } from "pdf-lib";
import { paperPoints, type Orientation, type Paper } from "./paper";

export interface PagePdfInput {
  png: Buffer;
  paper: Paper;
  orientation: Orientation;
  title: string;
}

/**
 * One print-ready page as a PDF of the exact paper size. The PNG already carries its margins at
 * 300 DPI, so it fills the page edge to edge and prints at 100% scale.
 */
export async function pagePdf({ png, paper, orientation, title }: PagePdfInput): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setCreator("Inkwell");
  doc.setProducer("Inkwell");
  const size = paperPoints(paper, orientation);
  const page = doc.addPage([size.width, size.height]);
  const image = await doc.embedPng(png);
  // Print-ready pages have the paper's exact aspect and fill it; other pictures are fitted, centred.
  const scale = Math.min(size.width / image.width, size.height / image.height);
  const width = image.width * scale;
  const height = image.height * scale;
  page.drawImage(image, { x: (size.width - width) / 2, y: (size.height - height) / 2, width, height });
  return Buffer.from(await doc.save());
}

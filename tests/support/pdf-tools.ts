import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

// Poppler's command-line tools (Debian's poppler-utils) read back the PDFs the tests make.

const dir = mkdtempSync(path.join(os.tmpdir(), "inkwell-pdf-"));
let counter = 0;

function toFile(pdf: Uint8Array): string {
  const file = path.join(dir, `${++counter}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

export interface PdfPageInfo {
  width: number;
  height: number;
  trimBox: [number, number, number, number];
  bleedBox: [number, number, number, number];
}

/** Every page's size and boxes in points, from `pdfinfo -box`. */
export function pdfPages(pdf: Uint8Array): PdfPageInfo[] {
  const file = toFile(pdf);
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
  const text = execFileSync("pdfinfo", ["-f", "1", "-l", String(count), "-box", file], { encoding: "utf8" });
  const pages: PdfPageInfo[] = [];
  for (let n = 1; n <= count; n++) {
    const size = new RegExp(`Page\\s+${n} size:\\s+([\\d.]+) x ([\\d.]+) pts`).exec(text);
    const box = (name: string) => new RegExp(`Page\\s+${n} ${name}:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)`).exec(text)!.slice(1, 5).map(Number) as [number, number, number, number];
    pages.push({ width: Number(size![1]), height: Number(size![2]), trimBox: box("TrimBox"), bleedBox: box("BleedBox") });
  }
  return pages;
}

/** The text of one page (1-based), from `pdftotext`. */
export function pdfText(pdf: Uint8Array, page?: number, region?: { x: number; y: number; width: number; height: number }): string {
  const args = page ? ["-f", String(page), "-l", String(page)] : [];
  if (region) args.push("-r", "72", "-x", String(Math.floor(region.x)), "-y", String(Math.floor(region.y)), "-W", String(Math.ceil(region.width)), "-H", String(Math.ceil(region.height)));
  return execFileSync("pdftotext", [...args, "-layout", toFile(pdf), "-"], { encoding: "utf8" });
}

export interface PdfImageRow {
  page: number;
  width: number;
  height: number;
  color: string;
  object: number;
  xPpi: number;
  yPpi: number;
}

/** Every image drawn, page by page, with its PDF object number and resolution, from `pdfimages -list`. */
export function pdfImages(pdf: Uint8Array): PdfImageRow[] {
  const lines = execFileSync("pdfimages", ["-list", toFile(pdf)], { encoding: "utf8" }).trim().split("\n").slice(2);
  return lines.map((line) => {
    const c = line.trim().split(/\s+/);
    return { page: Number(c[0]), width: Number(c[3]), height: Number(c[4]), color: c[5]!, object: Number(c[10]), xPpi: Number(c[12]), yPpi: Number(c[13]) };
  });
}

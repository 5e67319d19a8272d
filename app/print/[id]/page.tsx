import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { cspNonce } from "@/app/_lib/nonce";
import { requireUser } from "@/app/_lib/session";
import { PrintSheet } from "@/components/library/print-sheet";
import { isAppError } from "@/lib/errors";
import type { Orientation, Paper } from "@/lib/images/paper";
import { paperOf } from "@/lib/library/pdf";
import { getImageForUser } from "@/lib/library/read";
import type { ImageView } from "@/lib/shared/views";

interface PrintPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ auto?: string | string[] }>;
}

const PAPER_SIZES: Record<Paper, { width: string; height: string; name: string }> = {
  letter: { width: "8.5in", height: "11in", name: "letter" },
  a4: { width: "210mm", height: "297mm", name: "A4" },
};

/** This view sits outside the studio layout, so it checks the session itself. */
const loadImage = cache(async (id: string): Promise<ImageView> => {
  const user = await requireUser(`/print/${encodeURIComponent(id)}`);
  try {
    return await getImageForUser({ id, userId: user.id });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found:image") notFound();
    throw error;
  }
});

/** Exactly one sheet: `@page` at the paper's size with no margin, the picture filling the box. */
function sheetCss(paper: Paper, orientation: Orientation): string {
  const size = PAPER_SIZES[paper];
  const [width, height] = orientation === "portrait" ? [size.width, size.height] : [size.height, size.width];
  return `
@page { size: ${size.name} ${orientation}; margin: 0; }
.print-sheet { display: block; width: ${width}; height: ${height}; overflow: hidden; background: white; break-after: avoid; break-before: avoid; break-inside: avoid; }
.print-sheet > img { display: block; width: 100%; height: 100%; object-fit: contain; }
@media screen {
  body { background: #e7e5e4; }
  .print-sheet { max-width: calc(100vw - 2rem); height: auto; aspect-ratio: ${orientation === "portrait" ? `${size.width} / ${size.height}` : `${size.height} / ${size.width}`}; margin: 1.5rem auto; box-shadow: 0 10px 30px rgb(0 0 0 / 0.18); }
}
@media print {
  html, body { width: ${width}; height: ${height}; min-height: 0 !important; margin: 0 !important; padding: 0 !important; overflow: hidden; }
  .print-sheet { margin: 0; }
}`;
}

export async function generateMetadata({ params }: PrintPageProps): Promise<Metadata> {
  const { id } = await params;
  const image = await loadImage(id);
  return { title: { absolute: image.title }, robots: { index: false } };
}

export default async function PrintPage({ params, searchParams }: PrintPageProps) {
  const [{ id }, query, nonce] = await Promise.all([params, searchParams, cspNonce()]);
  const image = await loadImage(id);
  const { paper, orientation } = paperOf(image.options, image.width, image.height);
  const autoPrint = query.auto !== "0";

  return (
    <>
      {/* Generated from two enums above, never from user input. */}
      <style nonce={nonce} dangerouslySetInnerHTML={{ __html: sheetCss(paper, orientation) }} />
      <PrintSheet
        image={{ id: image.id, title: image.title, fileUrl: image.fileUrl, width: image.width, height: image.height }}
        autoPrint={autoPrint}
      />
    </>
  );
}

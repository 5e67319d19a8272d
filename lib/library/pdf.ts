import "server-only";
import { z } from "zod";
import { pagePdf } from "@/lib/images/pdf";
import { ORIENTATIONS, PAPERS, type Orientation, type Paper } from "@/lib/images/paper";
import type { ImageRecord } from "@/lib/db/images";
import { svgPagePdf } from "@/lib/images/svg";
import { readImageFile, readImageSvg } from "./files";

const referenceFlag = z.object({ reference: z.boolean() }).partial();
const printOptions = z.object({ paper: z.enum(PAPERS), orientation: z.enum(ORIENTATIONS) }).partial();

/** The paper an image was made for (coloring and photo pages); landscape when wider than tall otherwise. */
export function paperOf(options: unknown, width: number, height: number): { paper: Paper; orientation: Orientation } {
  const parsed = printOptions.safeParse(options);
  const fallbackOrientation: Orientation = width > height ? "landscape" : "portrait";
  return {
    paper: (parsed.success && parsed.data.paper) || "letter",
    orientation: (parsed.success && parsed.data.orientation) || fallbackOrientation,
  };
}

/**
 * Whether the SVG holds the whole page. The offline composer paints its colored reference as
 * pixels over the line art, so such a page's PDF is drawn from its PNG, which has it.
 */
function svgHoldsPage(image: ImageRecord, options: unknown): boolean {
  if (!image.svgStorageKey) return false;
  return !(image.engine === "offline" && referenceFlag.safeParse(options).data?.reference === true);
}

/** The user's image as a one-page PDF at its paper size: vector paths from its SVG where it has one. */
export async function imagePdf({ id, userId }: { id: string; userId: string }): Promise<{ pdf: Buffer; title: string; kind: string; vector: boolean }> {
  const { image, bytes } = await readImageFile({ id, userId });
  const options: unknown = JSON.parse(image.options);
  const { paper, orientation } = paperOf(options, image.width, image.height);
  if (svgHoldsPage(image, options)) {
    const { svg } = await readImageSvg({ id, userId });
    const drawn = await svgPagePdf({ svg: svg.toString("utf8"), png: bytes, paper, orientation, title: image.title });
    return { pdf: drawn.pdf, title: image.title, kind: image.kind, vector: drawn.vector };
  }
  const pdf = await pagePdf({ png: bytes, paper, orientation, title: image.title });
  return { pdf, title: image.title, kind: image.kind, vector: false };
}

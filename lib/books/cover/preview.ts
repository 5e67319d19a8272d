import "server-only";
import sharp from "sharp";
import { z } from "zod";
import { getBookOrThrow, listBookPages } from "@/lib/db/books";
import { coverGeometry, pointsToPixels } from "@/lib/shared/books/layout";
import { settingsOf } from "../settings";
import { layoutOf } from "../view";
import { makeCoverPicture } from "./picture";

/** Widest preview asked for: enough for a sharp thumbnail, a tiny fraction of the 300-DPI picture's work. */
export const MAX_PREVIEW_WIDTH = 800;

/** `?width=` of the cover preview; `v` only busts the browser cache. */
export const coverPreviewQuerySchema = z.object({ width: z.coerce.number().int().min(100).max(MAX_PREVIEW_WIDTH).default(480), v: z.string().max(100).optional() }).strict();

/**
 * The front cover's picture for the editor, `width` pixels wide (JPEG): the same picture as the
 * cover PDF's, drawn at a small size (the composer is resolution-independent).
 */
export async function renderCoverPreview({ id, userId, width }: { id: string; userId: string; width: number }): Promise<Buffer> {
  const book = await getBookOrThrow({ id, userId });
  const pages = await listBookPages({ bookId: id, userId });
  const settings = settingsOf(book);
  const geometry = coverGeometry({ trim: settings.trim, pageCount: layoutOf(book, pages).pageCount, paper: settings.printOnDemand?.paper ?? "white" });
  const scale = width / pointsToPixels(geometry.frontArt.width);
  const box = { ...geometry.frontArt, width: geometry.frontArt.width * scale, height: geometry.frontArt.height * scale };
  const picture = await makeCoverPicture({ book, pages, box });
  return sharp(picture.png).jpeg({ quality: 82 }).toBuffer();
}

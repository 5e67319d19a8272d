import "server-only";
import sharp from "sharp";
import type { BookPageRecord, BookRecord } from "@/lib/db/books";
import { listOwnedImages } from "@/lib/db/books";
import { AppError } from "@/lib/errors";
import { blobStore } from "@/lib/storage";
import { pointsToPixels, type Box } from "@/lib/shared/books/layout";
import { coverCast } from "./cast";
import { composeCoverArt } from "./compose";
import { COVER_PALETTES, type CoverPalette } from "./palettes";

/**
 * The front cover's picture at 300 DPI of `box` (the front panel with its bleed): the book's
 * chosen library picture, cropped to fill the panel (never stretched), or the offline composer's
 * colored picture of the book's subjects. The palette of the book's setting colors the rest.
 */
export async function makeCoverPicture({ book, pages, box }: { book: BookRecord; pages: readonly BookPageRecord[]; box: Box }): Promise<{ png: Buffer; palette: CoverPalette }> {
  const width = pointsToPixels(box.width);
  const height = pointsToPixels(box.height);
  const cast = coverCast({ theme: book.theme, pageTitles: pages.map((p) => p.image.title), seed: book.coverSeed });
  const [chosen] = book.coverImageId ? await listOwnedImages({ userId: book.userId, ids: [book.coverImageId] }) : [];
  if (!chosen) return composeCoverArt({ cast, seed: book.coverSeed, width, height });
  const bytes = await blobStore().get(chosen.storageKey);
  if (!bytes) throw new AppError("not_found:image_file", "The cover picture's file is missing.", { imageId: chosen.id });
  const png = await sharp(bytes, { limitInputPixels: 60_000_000 })
    .flatten({ background: "#ffffff" })
    .resize(width, height, { fit: "cover", position: "centre", kernel: "lanczos3" })
    .toColourspace("srgb")
    .png({ compressionLevel: 6, adaptiveFiltering: true })
    .toBuffer();
  return { png, palette: COVER_PALETTES[cast.setting] };
}

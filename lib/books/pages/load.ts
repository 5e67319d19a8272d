import "server-only";
import { listOwnedImages, type BookPageWrite } from "@/lib/db/books";
import type { ImageRecord } from "@/lib/db/images";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { blobStore } from "@/lib/storage";
import { isPrintReadyPageJson } from "@/lib/shared/books/eligible";
import { measurePageArt, type PageArt } from "./measure";

/**
 * The user's images among `ids`, all of them coloring pages: another user's image is a 404 like a
 * missing one; a scene or another kind of picture is a 400.
 */
export async function getPageImagesOrThrow({ userId, ids }: { userId: string; ids: readonly string[] }): Promise<Map<string, ImageRecord>> {
  const unique = [...new Set(ids)];
  const found = new Map((await listOwnedImages({ userId, ids: unique })).map((image) => [image.id, image]));
  for (const id of unique) {
    const image = found.get(id);
    if (!image) throw new AppError("not_found:image", "This image does not exist.", { imageId: id });
    if (!isPrintReadyPageJson(image.options)) {
      throw new AppError("invalid:page_image", "Only coloring pages (theme pages, photo pages and their edits) can go in a book.", { imageId: id });
    }
  }
  return found;
}

async function measureImage(image: ImageRecord): Promise<PageArt> {
  const png = await blobStore().get(image.storageKey);
  if (!png) {
    log.error("image record without its file", { imageId: image.id });
    throw new AppError("not_found:image_file", "This image's file is missing.", { imageId: image.id });
  }
  return measurePageArt(png);
}

/**
 * New pages for these images, in order, each image measured once. `known` gives the measure of
 * images already in the book, which are not read again.
 */
export async function pagesForImages({ userId, imageIds, known = new Map() }: { userId: string; imageIds: readonly string[]; known?: ReadonlyMap<string, PageArt> }): Promise<Array<Omit<BookPageWrite, "id">>> {
  const images = await getPageImagesOrThrow({ userId, ids: imageIds.filter((id) => !known.has(id)) });
  const measured = new Map(known);
  // One at a time: each measure decodes a whole 300-DPI page.
  for (const image of images.values()) measured.set(image.id, await measureImage(image));
  return imageIds.map((imageId) => ({ imageId, ...measured.get(imageId)! }));
}

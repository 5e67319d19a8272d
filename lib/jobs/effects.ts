import "server-only";
import type { DbClient } from "@/lib/db/client";
import { placeGeneratedPage, replaceGeneratedPage, setGeneratedCover, type GeneratedPage } from "@/lib/db/book-pages";
import { insertPhoto, type NewPhoto } from "@/lib/db/photos";
import { chooseSegmentImageIfUnset } from "@/lib/db/scripts";

/**
 * Records a job's success writes besides its images, in the same transaction. Typed, so a use
 * case says what must happen ("this image becomes the segment's") and never holds a transaction.
 * A new kind of record is one member here and one case below.
 */
export type JobEffect =
  | {
      type: "chooseSegmentImage";
      segmentId: string;
      /** Which of the job's images (by position); the segment keeps the one it has, if any. */
      image: number;
    }
  | (Omit<GeneratedPage, "imageId"> & {
      /** The image becomes a book's page, at its slot of the batch's plan. */
      type: "placeBookPage";
      batchId: string;
      slot: number;
      image: number;
    })
  | (Omit<GeneratedPage, "imageId"> & {
      /** The image replaces a book page's, in place. */
      type: "replaceBookPage";
      pageId: string;
      image: number;
    })
  | {
      /** The image becomes the book's cover picture. */
      type: "setBookCover";
      bookId: string;
      image: number;
    };

/** Records written before a job is queued, in the same transaction: what the job will read. */
export type EnqueueEffect = { type: "createPhoto"; photo: NewPhoto };

function imageAt(imageIds: readonly string[], index: number): string {
  const imageId = imageIds[index];
  if (!imageId) throw new Error(`The job made no image at position ${index}.`);
  return imageId;
}

export async function applyJobEffects(client: DbClient, effects: readonly JobEffect[], imageIds: readonly string[]): Promise<void> {
  for (const effect of effects) {
    switch (effect.type) {
      case "chooseSegmentImage": {
        const imageId = imageIds[effect.image];
        if (!imageId) throw new Error(`The job made no image at position ${effect.image}.`);
        await chooseSegmentImageIfUnset(client, { segmentId: effect.segmentId, imageId });
        break;
      }
      case "placeBookPage": {
        const { bookId, batchId, slot, crop, color } = effect;
        await placeGeneratedPage(client, { bookId, batchId, slot, crop, color, imageId: imageAt(imageIds, effect.image) });
        break;
      }
      case "replaceBookPage": {
        const { bookId, pageId, crop, color } = effect;
        await replaceGeneratedPage(client, { bookId, pageId, crop, color, imageId: imageAt(imageIds, effect.image) });
        break;
      }
      case "setBookCover":
        await setGeneratedCover(client, { bookId: effect.bookId, imageId: imageAt(imageIds, effect.image) });
        break;
    }
  }
}

export async function applyEnqueueEffects(client: DbClient, effects: readonly EnqueueEffect[]): Promise<void> {
  for (const effect of effects) {
    switch (effect.type) {
      case "createPhoto":
        await insertPhoto(client, effect.photo);
        break;
    }
  }
}

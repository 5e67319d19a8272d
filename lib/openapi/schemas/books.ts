import { z } from "zod";
import type { BookBatchStarted } from "@/lib/books/generate/generate";
import { LOCALES } from "@/lib/i18n/locales";
import { POD_PAPERS, TRIM_IDS } from "@/lib/shared/books/layout";
import type { BookListItem, BookView } from "@/lib/shared/books/views";
import { describes } from "../describes";
import { batchSchema } from "./batches";

const bookImageSchema = z.object({ id: z.string(), kind: z.string(), title: z.string(), engine: z.string(), width: z.number().int(), height: z.number().int(), fileUrl: z.string() });

export const bookSchema = describes<BookView>()(
  z
    .object({
      id: z.string(),
      title: z.string(),
      subtitle: z.string().nullable(),
      author: z.string().nullable(),
      blurb: z.string().nullable(),
      theme: z.string().nullable(),
      trim: z.enum(TRIM_IDS),
      printOnDemand: z.object({ bleed: z.boolean(), paper: z.enum(POD_PAPERS) }).nullable(),
      blankBacks: z.boolean(),
      pageNumbers: z.boolean(),
      frontMatter: z.object({ titlePage: z.boolean(), belongsTo: z.boolean(), credits: z.boolean() }),
      language: z.enum(LOCALES),
      coverSeed: z.number().int(),
      coverImage: bookImageSchema.nullable(),
      pages: z.array(
        z.object({
          id: z.string(),
          position: z.number().int(),
          imageId: z.string(),
          image: bookImageSchema,
          /** Where the drawing is in the image, in pixels: the book re-fits this box onto its trim. */
          crop: z.object({ left: z.number(), top: z.number(), width: z.number(), height: z.number() }),
          color: z.boolean(),
        }),
      ),
      interior: z.object({ pageCount: z.number().int(), problems: z.array(z.enum(["no_pages", "too_few_pages", "too_many_pages"])) }),
      cover: z.object({ widthInches: z.number(), heightInches: z.number(), spineWidthInches: z.number(), spineText: z.boolean() }).nullable(),
      /** Batches still making pages, or finished with pages to retry, newest first. */
      batches: z.array(batchSchema),
      createdAt: z.string(),
      updatedAt: z.string(),
    })
    .meta({ id: "Book" }),
);

export const bookListSchema = describes<{ items: BookListItem[] }>()(
  z.object({
    items: z.array(
      z.object({ id: z.string(), title: z.string(), trim: z.string(), printOnDemand: z.boolean(), pageCount: z.number().int(), thumbnailUrl: z.string().nullable(), updatedAt: z.string() }),
    ),
  }),
);

/** A book's pages started as one batch; with `?wait=` also `jobs` and, once done, `images`. */
export const bookBatchStartedSchema = describes<BookBatchStarted>()(
  z.object({ batchId: z.string(), jobIds: z.array(z.string()), estimatedCostUsd: z.number() }).meta({ id: "BookBatchStarted", examples: [{ batchId: "cm0batch", jobIds: ["cm0job1", "cm0job2"], estimatedCostUsd: 0 }] }),
);

import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { POD_PAPERS, TRIM_IDS } from "./layout";

/** At most this many coloring pages: with blank backs and front matter a book stays within KDP's 828 pages. */
export const MAX_BOOK_PAGES = 400;
/** Pages added in one request. */
export const MAX_PAGES_PER_ADD = 100;
/** Pages one theme request may plan: a print-on-demand book's 24 and room to spare, not a runaway bill. */
export const MAX_GENERATED_PAGES = 48;

export const BOOK_TEXT_LIMITS = { title: 200, subtitle: 200, author: 120, blurb: 1500, theme: 200 } as const;

const id = z.string().trim().min(1).max(100);

const titleSchema = z
  .string({ error: "Enter a title." })
  .trim()
  .min(1, "Enter a title.")
  .max(BOOK_TEXT_LIMITS.title, `The title can be at most ${BOOK_TEXT_LIMITS.title} characters.`);

/** Optional text: trimmed, and an empty string clears it. */
function optionalText(max: number, label: string) {
  return z
    .string()
    .trim()
    .max(max, `${label} can be at most ${max} characters.`)
    .transform((value) => (value === "" ? null : value))
    .nullable();
}

export const printOnDemandSchema = z
  .object({
    bleed: z.boolean({ error: "Say whether the interior has bleed." }),
    paper: z.enum(POD_PAPERS, { error: "Choose white or cream paper." }),
  })
  .strict();

export const frontMatterSchema = z.object({ titlePage: z.boolean(), belongsTo: z.boolean(), credits: z.boolean() }).partial().strict();

const settings = {
  subtitle: optionalText(BOOK_TEXT_LIMITS.subtitle, "The subtitle").optional(),
  author: optionalText(BOOK_TEXT_LIMITS.author, "The author").optional(),
  blurb: optionalText(BOOK_TEXT_LIMITS.blurb, "The back-cover text").optional(),
  theme: optionalText(BOOK_TEXT_LIMITS.theme, "The theme").optional(),
  language: z.enum(LOCALES, { error: "Choose English or French." }).optional(),
  trim: z.enum(TRIM_IDS, { error: `Choose a trim size: ${TRIM_IDS.join(", ")}.` }),
  printOnDemand: printOnDemandSchema.nullable().optional(),
  blankBacks: z.boolean().optional(),
  pageNumbers: z.boolean().optional(),
  frontMatter: frontMatterSchema.optional(),
};

/** POST /api/books. */
export const createBookSchema = z.object({ title: titleSchema, ...settings }).strict();
export type CreateBook = z.output<typeof createBookSchema>;

/** A page of PATCH's ordered list: an existing page by `id` (its image may change), or a new one. */
const pagePatch = z.object({ id: id.optional(), imageId: id }).strict();

/** PATCH /api/books/:id: any setting, and optionally the whole ordered list of pages. */
export const patchBookSchema = z
  .object({
    title: titleSchema.optional(),
    ...settings,
    trim: settings.trim.optional(),
    coverSeed: z.number().int().min(0).max(2_147_483_647).optional(),
    coverImageId: id.nullable().optional(),
    pages: z.array(pagePatch).max(MAX_BOOK_PAGES, `A book can have at most ${MAX_BOOK_PAGES} pages.`).optional(),
  })
  .strict();
export type PatchBook = z.output<typeof patchBookSchema>;

/** POST /api/books/:id/pages: library images appended in this order. */
export const addPagesSchema = z
  .object({
    imageIds: z
      .array(id)
      .min(1, "Choose at least one page.")
      .max(MAX_PAGES_PER_ADD, `Add at most ${MAX_PAGES_PER_ADD} pages at a time.`),
  })
  .strict();
export type AddPages = z.output<typeof addPagesSchema>;

export const BOOK_EXPORT_PARTS = ["interior", "cover", "zip"] as const;
export type BookExportPart = (typeof BOOK_EXPORT_PARTS)[number];

export const exportQuerySchema = z.object({ part: z.enum(BOOK_EXPORT_PARTS, { error: "Ask for part=interior, cover or zip." }) }).strict();

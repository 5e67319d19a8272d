import "server-only";
import { randomInt } from "node:crypto";
import { createBookRecord } from "@/lib/db/books";
import type { CreateBook } from "@/lib/shared/books/schema";
import { settingsWrite } from "./settings";
import { toBookView, type BookView } from "./view";

/** Creates an empty book; `language` defaults to the reader's interface language. */
export async function createBook({ userId, input, locale }: { userId: string; input: CreateBook; locale?: "en" | "fr" }): Promise<BookView> {
  const settings = settingsWrite({ ...input, language: input.language ?? locale });
  const book = await createBookRecord({
    userId,
    settings: { ...settings, title: input.title, trim: input.trim, coverSeed: randomInt(0, 2_147_483_647) },
  });
  return toBookView(book, [], null);
}

import type { Command } from "commander";
import type { CommandContext } from "../context";
import { CliError, EXIT } from "../errors";
import { followBatch } from "../follow";
import { writeOutputFile } from "../io";

const TRIMS = ["letter", "a4", "8x10", "8.5x8.5", "6x9"];

/** A positive whole number of pages, or a one-line reason (the server checks the upper limit). */
function pagesOf(value: string): number {
  const pages = Number(value);
  if (!Number.isInteger(pages) || pages < 1) throw new CliError(`--pages must be a whole number of at least 1: ${value}`, EXIT.usage);
  return pages;
}

export function addBookCommand(program: Command, context: CommandContext): void {
  program
    .command("book")
    .description("a coloring book from a theme: its pages drawn with a progress bar, then its interior PDF")
    .argument("<theme>", "what the book is about, such as \"ocean animals\"")
    .requiredOption("--pages <count>", "how many pages to draw")
    .requiredOption("-o, --out <file>", "book.pdf")
    .option("--title <title>", "the book's title (default: the theme)")
    .option("--age <group>", "3-5, 6-9, 10-12 or adult")
    .option("--trim <trim>", TRIMS.join(", "), "letter")
    .option("--engine <engine>", "offline or openai")
    .option("--model <model>", "an OpenAI image model the server allows")
    .action(async (theme: string, options: { pages: string; out: string; title?: string; age?: string; trim: string; engine?: string; model?: string }) => {
      const pages = pagesOf(options.pages);
      if (!options.out.toLowerCase().endsWith(".pdf")) throw new CliError(`--out must end in .pdf: ${options.out}`, EXIT.usage);
      const client = await context.client();
      const book = await client.postJson<{ id: string }>("/api/books", { title: options.title ?? theme, theme, trim: options.trim });
      context.io.stderr.write(`Book ${book.id}\n`);
      const { batchId } = await client.postJson<{ batchId: string }>(`/api/books/${encodeURIComponent(book.id)}/generate`, { theme, pages, ageGroup: options.age, engine: options.engine, model: options.model });
      await followBatch(client, context.io, batchId, "Pages");
      await writeOutputFile(options.out, await client.getBytes(`/api/books/${encodeURIComponent(book.id)}/export?part=interior`));
      context.report({ bookId: book.id, batchId, pages, file: options.out }, `Saved ${options.out} (book ${book.id})`);
    });
}

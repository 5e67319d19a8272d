import type { Command } from "commander";
import type { CommandContext } from "../context";
import { CliError, EXIT } from "../errors";
import { followJob } from "../follow";
import { writeOutputFile } from "../io";

const PARTS = ["interior", "cover", "zip"];

export function addBookAndJobCommands(program: Command, context: CommandContext): void {
  const books = program.command("books").description("coloring books");
  books
    .command("export")
    .description("a book's interior PDF, wraparound cover PDF or ZIP of its pages")
    .argument("<id>", "the book's id")
    .requiredOption("-o, --out <file>", "book.pdf, cover.pdf or pages.zip")
    .option("--part <part>", PARTS.join(", "), "interior")
    .action(async (id: string, options: { out: string; part: string }) => {
      if (!PARTS.includes(options.part)) throw new CliError(`Choose --part among ${PARTS.join(", ")}.`, EXIT.usage);
      await writeOutputFile(options.out, await (await context.client()).getBytes(`/api/books/${encodeURIComponent(id)}/export?part=${options.part}`));
      context.report({ bookId: id, part: options.part, file: options.out }, `Saved ${options.out}`);
    });

  const jobs = program.command("jobs").description("jobs");
  jobs
    .command("follow")
    .description("follow a job to its end; exit code 1 when it fails")
    .argument("<id>", "the job's id")
    .action(async (id: string) => {
      const job = await followJob(await context.client(), context.io, id, "Job");
      context.report({ ...job }, `Job ${id} ${job.status}: images ${job.imageIds.join(", ")}`);
    });
}

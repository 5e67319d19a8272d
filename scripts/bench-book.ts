// Coloring books: the time to build a 24-page book's interior and cover PDFs from offline pages,
// the peak memory while doing it, and the interior PDF's size per page.
//   const { benchBook, printBookBench } = await import("./bench-book")   (from `npm run bench`)
// The PDFs are built in a child process (this file, run with the book's id), so its peak memory is
// the export's own and not the rest of the benchmark's.
import { execFileSync } from "node:child_process";
import path from "node:path";

export const BOOK_PAGES = 24;
/** Pages of the book made from a theme (BENCH_BOOK_PAGES, for a quick trial; 10 is the least that prints with blank backs). */
export const GENERATED_PAGES = Number(process.env.BENCH_BOOK_PAGES ?? BOOK_PAGES);

const THEMES = [
  "ocean animals", "dinosaurs at the beach", "farm animals", "a castle with a dragon", "space rockets", "jungle animals",
  "a cat in the garden", "a winter snowman", "a city with buses", "a forest owl", "a unicorn in a meadow", "a pirate ship",
];

export interface BookBenchResult {
  pages: number;
  interiorPages: number;
  interiorMs: number;
  coverMs: number;
  interiorBytes: number;
  coverBytes: number;
  peakRssMb: number;
}

/** A book made from a theme as `POST /api/books/:id/generate` makes it, then exported. */
export interface GeneratedBookBenchResult {
  pages: number;
  interiorPages: number;
  /** From the generate call to both PDFs built: planning, queueing, every page's job, both exports. */
  totalMs: number;
  pagesMs: number;
  peakRssMb: number;
}

/** Times a book from a theme, from the generate call to both PDFs, in a child process of its own (its own peak memory). */
export function benchGeneratedBook({ userId }: { userId: string }): GeneratedBookBenchResult {
  const out = execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(__dirname, "bench-book.ts"), "generate", userId, String(GENERATED_PAGES)], { env: process.env, encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").at(-1)!) as GeneratedBookBenchResult;
}

export function printGeneratedBookBench(result: GeneratedBookBenchResult): void {
  const row = (label: string, value: string) => console.log(`${label.padEnd(44)} ${value}`);
  console.log(`\nColoring book from a theme: ${result.pages} offline pages, Letter, print-on-demand with bleed (${result.interiorPages} interior pages)`);
  row("Generate request to all pages made", `${result.pagesMs.toFixed(0).padStart(7)} ms`);
  row("Generate request to both PDFs", `${result.totalMs.toFixed(0).padStart(7)} ms   (target < 30000 ms)`);
  row("Peak memory (RSS), pages and export", `${result.peakRssMb.toFixed(0)} MiB   (target < 1024 MiB)`);
}

/** Makes the pages (with `makePage`, outside the timing), the book, and times its export in a child process. */
export async function benchBook({ userId, makePage }: { userId: string; makePage: (theme: string) => Promise<string> }): Promise<BookBenchResult> {
  const { createBook } = await import("@/lib/books/create");
  const { addBookPages } = await import("@/lib/books/add-pages");
  const imageIds: string[] = [];
  for (let i = 0; i < BOOK_PAGES; i++) imageIds.push(await makePage(`${THEMES[i % THEMES.length]} ${i}`));
  const book = await createBook({ userId, input: { title: "Bench book", author: "Inkwell", trim: "letter", printOnDemand: { bleed: true, paper: "white" } } });
  await addBookPages({ id: book.id, userId, input: { imageIds } });
  const out = execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(__dirname, "bench-book.ts"), book.id, userId], { env: process.env, encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").at(-1)!) as BookBenchResult;
}

export function printBookBench(result: BookBenchResult): void {
  const row = (label: string, value: string) => console.log(`${label.padEnd(44)} ${value}`);
  console.log(`\nColoring book: ${result.pages} offline pages, Letter, print-on-demand with bleed (${result.interiorPages} interior pages)`);
  row("Interior PDF", `${result.interiorMs.toFixed(0).padStart(7)} ms`);
  row("Cover PDF (composed picture)", `${result.coverMs.toFixed(0).padStart(7)} ms`);
  row("Both PDFs", `${(result.interiorMs + result.coverMs).toFixed(0).padStart(7)} ms   (target < 30000 ms)`);
  row("Interior PDF size", `${(result.interiorBytes / 1024 / 1024).toFixed(1)} MiB, ${(result.interiorBytes / 1024 / result.interiorPages).toFixed(0)} KiB per page`);
  row("Cover PDF size", `${(result.coverBytes / 1024 / 1024).toFixed(1)} MiB`);
  row("Export peak memory (RSS)", `${result.peakRssMb.toFixed(0)} MiB   (target < 1024 MiB)`);
}

async function exportInChild(bookId: string, userId: string): Promise<void> {
  const { exportBook } = await import("@/lib/books/export");
  const { getBookView } = await import("@/lib/books/view");
  const size = (body: Uint8Array | ReadableStream<Uint8Array>) => (body instanceof Uint8Array ? body.byteLength : 0);
  let started = performance.now();
  const interior = await exportBook({ id: bookId, userId, part: "interior" });
  const interiorMs = performance.now() - started;
  started = performance.now();
  const cover = await exportBook({ id: bookId, userId, part: "cover" });
  const coverMs = performance.now() - started;
  const view = await getBookView({ id: bookId, userId });
  const result: BookBenchResult = {
    pages: view.pages.length,
    interiorPages: view.interior.pageCount,
    interiorMs,
    coverMs,
    interiorBytes: size(interior.body),
    coverBytes: size(cover.body),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  console.log(JSON.stringify(result));
  process.exit(0);
}

/** The child of benchGeneratedBook: the generate use case, the job runner making the pages, then both PDFs. */
async function generateInChild(userId: string, pages: number): Promise<void> {
  const { registerJobKinds } = await import("@/lib/job-kinds");
  const { startJobRunner, stopJobRunner, getBatchView } = await import("@/lib/jobs");
  const { createBook } = await import("@/lib/books/create");
  const { generateBookPages } = await import("@/lib/books/generate/generate");
  const { generateBookSchema } = await import("@/lib/books/generate/schema");
  const { exportBook } = await import("@/lib/books/export");
  const { getBookView } = await import("@/lib/books/view");
  registerJobKinds();
  await startJobRunner();
  // Fewer than 24 pages (a trial) print only with blank backs; 24 and more as KDP takes them.
  const book = await createBook({ userId, input: { title: "Bench theme book", trim: "letter", blankBacks: pages < BOOK_PAGES, printOnDemand: { bleed: true, paper: "white" } } });
  const started = performance.now();
  const { batchId } = await generateBookPages({ id: book.id, userId, request: generateBookSchema.parse({ theme: "a turtle in the ocean", pages, engine: "offline" }) });
  for (;;) {
    const batch = await getBatchView({ id: batchId, userId });
    if (batch.status !== "running") {
      if (batch.counts.done !== pages) throw new Error(`Only ${batch.counts.done} of ${pages} pages were made.`);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const pagesMs = performance.now() - started;
  await exportBook({ id: book.id, userId, part: "interior" });
  await exportBook({ id: book.id, userId, part: "cover" });
  const totalMs = performance.now() - started;
  const view = await getBookView({ id: book.id, userId });
  await stopJobRunner();
  const result: GeneratedBookBenchResult = { pages: view.pages.length, interiorPages: view.interior.pageCount, totalMs, pagesMs, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  console.log(JSON.stringify(result));
  process.exit(0);
}

if (process.argv[1] && /bench-book\.[cm]?[jt]s$/.test(process.argv[1]) && process.argv[2] === "generate" && process.argv[3] && process.argv[4]) {
  generateInChild(process.argv[3], Number(process.argv[4])).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else if (process.argv[1] && /bench-book\.[cm]?[jt]s$/.test(process.argv[1]) && process.argv[2] && process.argv[3]) {
  exportInChild(process.argv[2], process.argv[3]).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

import { expect } from "vitest";
import { POST as startPage } from "@/app/api/coloring-pages/route";
import { POST as createBookRoute } from "@/app/api/books/route";
import { POST as addPagesRoute } from "@/app/api/books/[id]/pages/route";
import { db } from "@/lib/db/client";
import type { BookView } from "@/lib/books/view";
import { drainJobs } from "./harness";
import { call } from "./routes";

/** Real offline theme pages, made through the API and the job runner; their image ids in order. */
export async function makeOfflinePages(token: string, themes: readonly string[], options: Record<string, unknown> = {}): Promise<string[]> {
  const jobIds: string[] = [];
  for (const theme of themes) {
    const res = await call(startPage, { method: "POST", token, body: { theme, ...options } });
    expect(res.status).toBe(202);
    jobIds.push(((await res.json()) as { jobId: string }).jobId);
  }
  // A bound for a hang, not a timing: 300 DPI offline pages take seconds each on a busy machine.
  await drainJobs({}, 150_000);
  const jobs = await db().job.findMany({ where: { id: { in: jobIds } }, select: { id: true, status: true, imageIds: true } });
  const byId = new Map(jobs.map((j) => [j.id, j]));
  return jobIds.map((id) => {
    const job = byId.get(id)!;
    expect(job.status).toBe("succeeded");
    return (JSON.parse(job.imageIds) as string[])[0]!;
  });
}

export async function createBook(token: string, body: Record<string, unknown>): Promise<BookView> {
  const res = await call(createBookRoute, { method: "POST", token, body });
  expect(res.status).toBe(201);
  return (await res.json()) as unknown as BookView;
}

/** Appends pages, 100 at a time (the most one request takes). */
export async function addPages(token: string, bookId: string, imageIds: readonly string[]): Promise<BookView> {
  let book: BookView | undefined;
  for (let i = 0; i < imageIds.length; i += 100) {
    const res = await call(addPagesRoute, { method: "POST", token, params: { id: bookId }, body: { imageIds: imageIds.slice(i, i + 100) } });
    expect(res.status).toBe(201);
    book = (await res.json()) as unknown as BookView;
  }
  return book!;
}

/** `count` ids cycling through `ids`. */
export function cycle(ids: readonly string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => ids[i % ids.length]!);
}

import { beforeAll, describe, expect, it } from "vitest";
import { DELETE as deleteRoute, GET as getRoute } from "@/app/api/books/[id]/route";
import { POST as generateRoute } from "@/app/api/books/[id]/generate/route";
import { POST as regenerateRoute } from "@/app/api/books/[id]/pages/[pageId]/regenerate/route";
import { GET as batchRoute } from "@/app/api/batches/[id]/route";
import type { BookView } from "@/lib/books/view";
import { placeGeneratedPage } from "@/lib/db/book-pages";
import { db } from "@/lib/db/client";
import { matchTheme } from "@/lib/images/offline";
import { MAX_BOOK_PAGES, MAX_GENERATED_PAGES } from "@/lib/shared/books/schema";
import { addPages, createBook, cycle, makeOfflinePages } from "../support/book-fixtures";
import { configureEngine, createTestUser, drainJobs } from "../support/harness";
import { call } from "../support/routes";

// A 300-DPI offline page takes seconds on a shared 2-core machine.
const DRAIN_MS = 240_000;
const SLOW = 300_000;

let alice: { id: string; token: string };
let bob: { id: string; token: string };

beforeAll(async () => {
  configureEngine({});
  alice = await createTestUser("alice");
  bob = await createTestUser("bob");
});

const generate = (token: string, id: string, body: unknown) => call(generateRoute, { method: "POST", token, params: { id }, body, path: `/api/books/${id}/generate` });
const getBook = async (token: string, id: string) => (await (await call(getRoute, { token, params: { id } })).json()) as unknown as BookView;

describe("a book from a theme, offline", () => {
  it("plans 8 distinct pages with the same main character, queues one batch and places the pages in the planned order", async () => {
    const book = await createBook(alice.token, { title: "Ocean friends", trim: "letter" });
    const res = await generate(alice.token, book.id, { theme: "a turtle in the ocean", pages: 8, engine: "offline" });
    expect(res.status).toBe(202);
    const { batchId, jobIds, estimatedCostUsd } = (await res.json()) as { batchId: string; jobIds: string[]; estimatedCostUsd: number };
    expect(jobIds).toHaveLength(8);
    expect(estimatedCostUsd).toBe(0);
    expect(await db().batch.findUnique({ where: { id: batchId }, select: { bookId: true } })).toEqual({ bookId: book.id });

    // The runner finishes pages in any order (two at a time); the book keeps the plan's order.
    await drainJobs({ concurrency: 2, perUser: 2 }, DRAIN_MS);
    const batch = (await (await call(batchRoute, { token: alice.token, params: { id: batchId } })).json()) as { status: string; counts: Record<string, number>; costUsd: number };
    expect(batch).toMatchObject({ status: "finished", counts: { total: 8, done: 8, failed: 0 }, costUsd: 0 });
    const jobs = await db().job.findMany({ where: { batchId }, select: { id: true, input: true, imageIds: true } });
    const slotOfImage = new Map(jobs.map((j) => [(JSON.parse(j.imageIds) as string[])[0], (JSON.parse(j.input) as { slot: number }).slot]));
    const made = await getBook(alice.token, book.id);
    expect(made.pages).toHaveLength(8);
    expect(made.pages.map((p) => slotOfImage.get(p.imageId))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(made.theme).toBe("a turtle in the ocean");
    const titles = made.pages.map((p) => p.image.title);
    expect(new Set(titles).size).toBe(8);
    // The same subject art leads every page.
    for (const title of titles) expect(matchTheme(title).subjects[0]?.name).toBe("turtle");
    expect(new Set(made.pages.map((p) => p.imageId)).size).toBe(8);
    // Each page is stored with its print check, for the book's age group.
    const stored = await db().image.findMany({ where: { id: { in: made.pages.map((p) => p.imageId) } }, select: { printCheck: true } });
    for (const { printCheck } of stored) expect(JSON.parse(printCheck ?? "null")).toMatchObject({ ageGroup: "3-5" });
  }, SLOW);

  it("puts a theme's pages after the pages already there", async () => {
    const [library] = await makeOfflinePages(alice.token, ["farm animals"]);
    const book = await createBook(alice.token, { title: "Farm", trim: "a4" });
    await addPages(alice.token, book.id, [library!]);
    expect((await generate(alice.token, book.id, { theme: "a cow on the farm", pages: 2, engine: "offline" })).status).toBe(202);
    await drainJobs({}, DRAIN_MS);
    const made = await getBook(alice.token, book.id);
    expect(made.pages.map((p) => p.imageId)[0]).toBe(library);
    expect(made.pages).toHaveLength(3);
  }, SLOW);

  it("takes 1 and MAX_GENERATED_PAGES pages but not 0 or one more, and refuses to pass the book's page limit", async () => {
    const book = await createBook(alice.token, { title: "Limits", trim: "letter" });
    const refused = await generate(alice.token, book.id, { theme: "cats", pages: MAX_GENERATED_PAGES + 1, engine: "offline" });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { fields: Record<string, string> }).fields.pages).toMatch(/at most 48/);
    expect((await generate(alice.token, book.id, { theme: "cats", pages: 0, engine: "offline" })).status).toBe(400);
    expect((await generate(alice.token, book.id, { theme: "", pages: 2, engine: "offline" })).status).toBe(400);
    const max = await generate(alice.token, book.id, { theme: "cats", pages: MAX_GENERATED_PAGES, engine: "offline" });
    expect(max.status).toBe(202);
    expect(((await max.json()) as { jobIds: string[] }).jobIds).toHaveLength(MAX_GENERATED_PAGES);
    await db().job.updateMany({ where: { userId: alice.id, status: "queued" }, data: { status: "canceled" } });

    const full = await createBook(alice.token, { title: "Full", trim: "letter" });
    const [page] = await makeOfflinePages(alice.token, ["a castle"]);
    await addPages(alice.token, full.id, cycle([page!], 100));
    await addPages(alice.token, full.id, cycle([page!], 100));
    await addPages(alice.token, full.id, cycle([page!], 100));
    await addPages(alice.token, full.id, cycle([page!], MAX_BOOK_PAGES - 300 - 2));
    const over = await generate(alice.token, full.id, { theme: "cats", pages: 3, engine: "offline" });
    expect(over.status).toBe(400);
    expect(await db().batch.count({ where: { bookId: full.id } })).toBe(0);
    const inside = await generate(alice.token, full.id, { theme: "cats", pages: 2, engine: "offline" });
    expect(inside.status).toBe(202);
    await db().job.updateMany({ where: { userId: alice.id, status: "queued" }, data: { status: "canceled" } });
  }, SLOW);

  it("answers 404 for another user's book, on every new route, and queues nothing", async () => {
    const book = await createBook(alice.token, { title: "Mine", trim: "letter" });
    const before = await db().job.count({ where: { userId: bob.id } });
    expect((await generate(bob.token, book.id, { theme: "cats", pages: 2, engine: "offline" })).status).toBe(404);
    const redo = await call(regenerateRoute, { method: "POST", token: bob.token, params: { id: book.id, pageId: "any" }, body: {} });
    expect(redo.status).toBe(404);
    expect(await db().job.count({ where: { userId: bob.id } })).toBe(before);
  });
});

describe("placing generated pages", () => {
  it("keeps a batch's pages in plan order whatever order they finish in, after the pages already there, and skips a deleted book", async () => {
    const images = await makeOfflinePages(alice.token, ["a fox", "an owl", "a bear", "a deer", "a frog"]);
    const book = await createBook(alice.token, { title: "Order", trim: "letter" });
    await addPages(alice.token, book.id, [images[4]!]);
    const batch = await db().batch.create({ data: { userId: alice.id, bookId: book.id }, select: { id: true } });
    const crop = { left: 0, top: 0, width: 10, height: 10 };
    for (const slot of [2, 0, 3, 1]) await placeGeneratedPage(db(), { bookId: book.id, batchId: batch.id, slot, imageId: images[slot]!, crop, color: false });
    const made = await getBook(alice.token, book.id);
    expect(made.pages.map((p) => p.imageId)).toEqual([images[4], images[0], images[1], images[2], images[3]]);
    await placeGeneratedPage(db(), { bookId: "deleted-book", batchId: batch.id, slot: 4, imageId: images[4]!, crop, color: false });
    expect(await db().bookPage.count({ where: { bookId: "deleted-book" } })).toBe(0);
  }, SLOW);
});

describe("drawing a page again and deleting a book", () => {
  it("replaces one page in place with a new image, leaving the others", async () => {
    const book = await createBook(alice.token, { title: "Again", trim: "letter" });
    await generate(alice.token, book.id, { theme: "a dog at home", pages: 3, engine: "offline" });
    await drainJobs({}, DRAIN_MS);
    const before = await getBook(alice.token, book.id);
    const target = before.pages[1]!;
    const res = await call(regenerateRoute, { method: "POST", token: alice.token, params: { id: book.id, pageId: target.id }, body: { engine: "offline" } });
    expect(res.status).toBe(202);
    await drainJobs({}, DRAIN_MS);
    const after = await getBook(alice.token, book.id);
    expect(after.pages.map((p) => p.id)).toEqual(before.pages.map((p) => p.id));
    expect(after.pages[0]!.imageId).toBe(before.pages[0]!.imageId);
    expect(after.pages[2]!.imageId).toBe(before.pages[2]!.imageId);
    expect(after.pages[1]!.imageId).not.toBe(target.imageId);
    expect(after.pages[1]!.image.title).toBe(target.image.title);
    const missing = await call(regenerateRoute, { method: "POST", token: alice.token, params: { id: book.id, pageId: "nope" }, body: {} });
    expect(missing.status).toBe(404);
  }, SLOW);

  it("cancels the book's open jobs when it is deleted", async () => {
    const book = await createBook(alice.token, { title: "Gone", trim: "letter" });
    const { batchId, jobIds } = (await (await generate(alice.token, book.id, { theme: "a cat", pages: 4, engine: "offline" })).json()) as { batchId: string; jobIds: string[] };
    expect((await call(deleteRoute, { method: "DELETE", token: alice.token, params: { id: book.id } })).status).toBe(204);
    const jobs = await db().job.findMany({ where: { id: { in: jobIds } }, select: { status: true } });
    expect(jobs.map((j) => j.status)).toEqual(["canceled", "canceled", "canceled", "canceled"]);
    expect(await db().batch.findUnique({ where: { id: batchId }, select: { status: true, bookId: true } })).toEqual({ status: "canceled", bookId: null });
  });
});

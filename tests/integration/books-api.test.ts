import { beforeAll, describe, expect, it } from "vitest";
import { GET as listRoute, POST as createRoute } from "@/app/api/books/route";
import { DELETE as deleteRoute, GET as getRoute, PATCH as patchRoute } from "@/app/api/books/[id]/route";
import { POST as addPagesRoute } from "@/app/api/books/[id]/pages/route";
import { GET as exportRoute } from "@/app/api/books/[id]/export/route";
import { GET as coverPreviewRoute } from "@/app/api/books/[id]/cover-preview/route";
import sharp from "sharp";
import { DELETE as deleteImageRoute } from "@/app/api/images/[id]/route";
import type { BookView } from "@/lib/books/view";
import { db } from "@/lib/db/client";
import { addPages, createBook, cycle, makeOfflinePages } from "../support/book-fixtures";
import { configureEngine, createTestUser } from "../support/harness";
import { call } from "../support/routes";

let alice: { id: string; token: string };
let bob: { id: string; token: string };
let pages: string[];
let bobPage: string;
let scene: string;

beforeAll(async () => {
  configureEngine({});
  alice = await createTestUser("alice");
  bob = await createTestUser("bob");
  pages = await makeOfflinePages(alice.token, ["ocean animals", "a dinosaur in the jungle", "farm animals"]);
  bobPage = (await makeOfflinePages(bob.token, ["space rockets"]))[0]!;
  // A script scene: a picture for a video, not a page to color (its file is never read).
  scene = (
    await db().image.create({
      data: { userId: alice.id, kind: "scene", title: "Harbour", prompt: "harbour", engine: "offline", model: "offline-composer", options: JSON.stringify({ style: "cinematic" }), width: 1536, height: 864, bytes: 1, sha256: "0", storageKey: `test/${alice.id}/scene.png` },
      select: { id: true },
    })
  ).id;
}, 180_000);

const patch = (token: string, id: string, body: unknown) => call(patchRoute, { method: "PATCH", token, params: { id }, body });
const view = async (res: { json: () => Promise<Record<string, unknown>> }) => (await res.json()) as unknown as BookView;

describe("creating books", () => {
  it("creates a book with the defaults and lists it for its owner only", async () => {
    const res = await call(createRoute, { method: "POST", token: alice.token, body: { title: "Ocean friends", trim: "8.5x8.5" }, headers: { "accept-language": "fr-FR" } });
    expect(res.status).toBe(201);
    const book = await view(res);
    expect(res.response.headers.get("location")).toBe(`/api/books/${book.id}`);
    expect(book).toMatchObject({
      title: "Ocean friends", subtitle: null, author: null, trim: "8.5x8.5", printOnDemand: null, blankBacks: false, pageNumbers: true,
      frontMatter: { titlePage: true, belongsTo: true, credits: true }, language: "fr", pages: [], interior: { pageCount: 4, problems: ["no_pages"] }, cover: null,
    });
    const mine = (await (await call(listRoute, { token: alice.token })).json()) as { items: Array<{ id: string }> };
    expect(mine.items.map((b) => b.id)).toContain(book.id);
    const theirs = (await (await call(listRoute, { token: bob.token })).json()) as { items: Array<{ id: string }> };
    expect(theirs.items.map((b) => b.id)).not.toContain(book.id);
  });

  it("takes every option", async () => {
    const book = await createBook(alice.token, {
      title: "  Sea  ", subtitle: "A coloring book", author: "Sam", blurb: "Twelve sea animals.", theme: "sea animals", language: "en",
      trim: "6x9", printOnDemand: { bleed: true, paper: "cream" }, blankBacks: true, pageNumbers: false, frontMatter: { belongsTo: false },
    });
    expect(book).toMatchObject({ title: "Sea", subtitle: "A coloring book", printOnDemand: { bleed: true, paper: "cream" }, blankBacks: true, pageNumbers: false, frontMatter: { titlePage: true, belongsTo: false, credits: true } });
    expect(book.cover).toMatchObject({ spineText: false });
  });

  it("refuses bad input with field errors", async () => {
    const res = await call(createRoute, { method: "POST", token: alice.token, body: { title: "", trim: "a5", printOnDemand: { bleed: "yes", paper: "blue" }, extra: 1 } });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.code).toBe("invalid:input");
    expect(Object.keys(body.fields as object)).toEqual(expect.arrayContaining(["title", "trim", "printOnDemand.bleed", "printOnDemand.paper"]));
    const tooLong = await call(createRoute, { method: "POST", token: alice.token, body: { title: "x".repeat(201), trim: "letter" } });
    expect(tooLong.status).toBe(400);
    const justRight = await call(createRoute, { method: "POST", token: alice.token, body: { title: "x".repeat(200), trim: "letter" } });
    expect(justRight.status).toBe(201);
  });
});

describe("another user's book and images", () => {
  it("answers 404 on every route for a book that is not yours", async () => {
    const book = await createBook(alice.token, { title: "Private", trim: "letter" });
    await addPages(alice.token, book.id, [pages[0]!]);
    const params = { id: book.id };
    expect((await call(getRoute, { token: bob.token, params })).status).toBe(404);
    expect((await patch(bob.token, book.id, { title: "Mine now" })).status).toBe(404);
    expect((await call(addPagesRoute, { method: "POST", token: bob.token, params, body: { imageIds: [bobPage] } })).status).toBe(404);
    for (const part of ["interior", "cover", "zip"]) {
      expect((await call(exportRoute, { token: bob.token, params, path: `/api/books/${book.id}/export?part=${part}` })).status).toBe(404);
    }
    expect((await call(coverPreviewRoute, { token: bob.token, params, path: `/api/books/${book.id}/cover-preview` })).status).toBe(404);
    expect((await call(deleteRoute, { method: "DELETE", token: bob.token, params })).status).toBe(404);
    const still = await view(await call(getRoute, { token: alice.token, params }));
    expect(still.title).toBe("Private");
    expect(still.pages).toHaveLength(1);
  });

  it("answers 404 for another user's image, as for a missing one, and adds nothing", async () => {
    const book = await createBook(alice.token, { title: "Mixed", trim: "letter" });
    for (const imageIds of [[pages[0]!, bobPage], ["no-such-image"]]) {
      const res = await call(addPagesRoute, { method: "POST", token: alice.token, params: { id: book.id }, body: { imageIds } });
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ code: "not_found:image" });
    }
    expect((await patch(alice.token, book.id, { pages: [{ imageId: bobPage }] })).status).toBe(404);
    expect((await patch(alice.token, book.id, { coverImageId: bobPage })).status).toBe(404);
    expect(await db().bookPage.count({ where: { bookId: book.id } })).toBe(0);
  });

  it("refuses a picture that is not a coloring page", async () => {
    const book = await createBook(alice.token, { title: "Scenes", trim: "letter" });
    const res = await call(addPagesRoute, { method: "POST", token: alice.token, params: { id: book.id }, body: { imageIds: [scene] } });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: "invalid:page_image", imageId: scene });
    const empty = await call(addPagesRoute, { method: "POST", token: alice.token, params: { id: book.id }, body: { imageIds: [] } });
    expect(empty.status).toBe(400);
  });
});

describe("pages", () => {
  it("appends pages in order, each re-fitted from its ink's bounding box", async () => {
    const book = await createBook(alice.token, { title: "Order", trim: "letter" });
    const after = await addPages(alice.token, book.id, [pages[2]!, pages[0]!, pages[2]!]);
    expect(after.pages.map((p) => p.imageId)).toEqual([pages[2], pages[0], pages[2]]);
    for (const page of after.pages) {
      // Print-ready pages keep half-inch margins: the ink starts inside them.
      expect(page.crop.left).toBeGreaterThanOrEqual(150);
      expect(page.crop.top).toBeGreaterThanOrEqual(150);
      expect(page.crop.left + page.crop.width).toBeLessThanOrEqual(page.image.width - 150);
      expect(page.crop.top + page.crop.height).toBeLessThanOrEqual(page.image.height - 150);
      expect(page.crop.width).toBeGreaterThan(page.image.width / 2);
    }
    expect(after.pages[0]!.crop).toEqual(after.pages[2]!.crop);
  });

  it("reorders, replaces and removes pages through PATCH's ordered list", async () => {
    const book = await addPages(alice.token, (await createBook(alice.token, { title: "Edit", trim: "letter" })).id, pages);
    const [a, b, c] = book.pages;
    const reordered = await view(await patch(alice.token, book.id, { pages: [{ id: b!.id, imageId: b!.imageId }, { id: a!.id, imageId: a!.imageId }, { id: c!.id, imageId: c!.imageId }] }));
    expect(reordered.pages.map((p) => p.id)).toEqual([b!.id, a!.id, c!.id]);
    const replaced = await view(await patch(alice.token, book.id, { pages: [{ id: b!.id, imageId: pages[0]! }, { id: a!.id, imageId: a!.imageId }] }));
    expect(replaced.pages.map((p) => [p.id, p.imageId])).toEqual([[b!.id, pages[0]], [a!.id, a!.imageId]]);
    expect(replaced.pages[0]!.crop).toEqual(a!.crop);
    const unknown = await patch(alice.token, book.id, { pages: [{ id: "not-a-page", imageId: pages[0]! }] });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: "not_found:page" });
    const twice = await patch(alice.token, book.id, { pages: [{ id: a!.id, imageId: a!.imageId }, { id: a!.id, imageId: a!.imageId }] });
    expect(twice.status).toBe(400);
    const emptied = await view(await patch(alice.token, book.id, { pages: [] }));
    expect(emptied.pages).toEqual([]);
  });

  it("changes print settings and counts the interior's pages", async () => {
    const book = await addPages(alice.token, (await createBook(alice.token, { title: "Settings", trim: "letter" })).id, cycle(pages, 10));
    expect(book.interior).toEqual({ pageCount: 14, problems: [] });
    const pod = await view(await patch(alice.token, book.id, { printOnDemand: { bleed: false, paper: "white" } }));
    expect(pod.interior).toEqual({ pageCount: 14, problems: ["too_few_pages"] });
    const backs = await view(await patch(alice.token, book.id, { blankBacks: true, frontMatter: { titlePage: false, credits: false } }));
    // "Belongs to", a blank page, then ten coloring pages each with a blank back.
    expect(backs.interior).toEqual({ pageCount: 22, problems: ["too_few_pages"] });
    const enough = await view(await patch(alice.token, book.id, { frontMatter: { titlePage: true, credits: true } }));
    expect(enough.interior).toEqual({ pageCount: 24, problems: [] });
    const home = await view(await patch(alice.token, book.id, { printOnDemand: null, subtitle: "", author: "Sam" }));
    expect(home).toMatchObject({ printOnDemand: null, subtitle: null, author: "Sam", cover: null });
  });

  it("keeps a book within 400 pages", async () => {
    const book = await createBook(alice.token, { title: "Big", trim: "letter" });
    await addPages(alice.token, book.id, cycle(pages, 400));
    const over = await call(addPagesRoute, { method: "POST", token: alice.token, params: { id: book.id }, body: { imageIds: [pages[0]!] } });
    expect(over.status).toBe(400);
    expect(await over.json()).toMatchObject({ code: "invalid:page_count" });
    expect(await db().bookPage.count({ where: { bookId: book.id } })).toBe(400);
  });

  it("loses a page when its image is deleted from the library", async () => {
    const [own] = await makeOfflinePages(alice.token, ["a castle with a dragon"]);
    const book = await addPages(alice.token, (await createBook(alice.token, { title: "Gone", trim: "letter" })).id, [pages[0]!, own!]);
    expect((await call(deleteImageRoute, { method: "DELETE", token: alice.token, params: { id: own! } })).status).toBe(204);
    const after = await view(await call(getRoute, { token: alice.token, params: { id: book.id } }));
    expect(after.pages.map((p) => p.imageId)).toEqual([pages[0]]);
  });

  it("deletes a book and keeps its images", async () => {
    const book = await addPages(alice.token, (await createBook(alice.token, { title: "Bye", trim: "letter" })).id, [pages[1]!]);
    expect((await call(deleteRoute, { method: "DELETE", token: alice.token, params: { id: book.id } })).status).toBe(204);
    expect((await call(getRoute, { token: alice.token, params: { id: book.id } })).status).toBe(404);
    expect(await db().image.count({ where: { id: pages[1]! } })).toBe(1);
  });
});

describe("the cover preview", () => {
  it("draws the front cover's picture at the asked width, in the front panel's proportions", async () => {
    const book = await createBook(alice.token, { title: "Preview", trim: "6x9", theme: "ocean animals" });
    const res = await call(coverPreviewRoute, { token: alice.token, params: { id: book.id }, path: `/api/books/${book.id}/cover-preview?width=300` });
    expect(res.status).toBe(200);
    expect(res.response.headers.get("content-type")).toBe("image/jpeg");
    const meta = await sharp(Buffer.from(await res.response.arrayBuffer())).metadata();
    expect(meta.width).toBe(300);
    // 6 × 9 in plus the bleed on the top, outside and bottom: 6.125 × 9.25 in.
    expect(meta.height).toBe(Math.round((300 * 9.25) / 6.125));
    for (const width of [99, 801]) {
      expect((await call(coverPreviewRoute, { token: alice.token, params: { id: book.id }, path: `/api/books/${book.id}/cover-preview?width=${width}` })).status).toBe(400);
    }
  });
});

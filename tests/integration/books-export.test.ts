import { createHash } from "node:crypto";
import { unzipSync } from "fflate";
import { PDFDocument, PDFName, PDFRawStream } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/books/[id]/export/route";
import { PATCH as patchRoute } from "@/app/api/books/[id]/route";
import { db } from "@/lib/db/client";
import { addPages, createBook, cycle, makeOfflinePages } from "../support/book-fixtures";
import { configureEngine, createTestUser } from "../support/harness";
import { pdfImages, pdfPages, pdfText } from "../support/pdf-tools";
import { call } from "../support/routes";

let alice: { id: string; token: string };
let pages: string[];

beforeAll(async () => {
  configureEngine({});
  alice = await createTestUser("books");
  pages = await makeOfflinePages(alice.token, ["ocean animals", "a dinosaur in the jungle", "farm animals"]);
});

async function download(bookId: string, part: string, status = 200) {
  const res = await call(exportRoute, { token: alice.token, params: { id: bookId }, path: `/api/books/${bookId}/export?part=${part}` });
  expect(res.status).toBe(status);
  const bytes = status === 200 ? new Uint8Array(await res.response.arrayBuffer()) : new Uint8Array();
  return { bytes, headers: res.response.headers, res };
}

async function patch(id: string, body: unknown) {
  const res = await call(patchRoute, { method: "PATCH", token: alice.token, params: { id }, body });
  expect(res.status).toBe(200);
}

/** Image XObjects stored in the file (each one once, however often it is drawn). */
async function storedImages(bytes: Uint8Array): Promise<number> {
  const doc = await PDFDocument.load(bytes);
  return doc.context.enumerateIndirectObjects().filter(([, object]) => object instanceof PDFRawStream && object.dict.get(PDFName.of("Subtype")) === PDFName.of("Image")).length;
}

describe("the interior PDF for home printing", () => {
  it("has the front matter, the pages at the paper size, numbers on coloring pages, and each image once at 300 DPI", async () => {
    const book = await createBook(alice.token, { title: "Ocean friends", subtitle: "A coloring book", author: "Sam", trim: "letter", language: "en" });
    await addPages(alice.token, book.id, [...pages, pages[0]!]);
    const { bytes, headers } = await download(book.id, "interior");
    expect(headers.get("content-type")).toBe("application/pdf");
    expect(headers.get("content-disposition")).toBe('attachment; filename="ocean-friends-interior.pdf"');
    expect(Number(headers.get("content-length"))).toBe(bytes.byteLength);
    const sizes = pdfPages(bytes);
    // Title, credits, "belongs to", four coloring pages, one blank page to make the count even.
    expect(sizes).toHaveLength(8);
    for (const page of sizes) expect([page.width, page.height]).toEqual([612, 792]);

    expect(pdfText(bytes, 1)).toMatch(/Ocean friends[\s\S]*A coloring book[\s\S]*by Sam/);
    const credits = pdfText(bytes, 2);
    expect(credits).toContain(`Copyright © ${new Date().getFullYear()} Sam`);
    expect(credits).toContain("Twemoji");
    expect(credits).toContain("CC-BY-4.0");
    expect(credits).toContain("Fredoka");
    expect(pdfText(bytes, 3)).toContain("This book belongs to");
    for (const number of [4, 5, 6, 7]) expect(pdfText(bytes, number).trim()).toBe(String(number));
    expect(pdfText(bytes, 8).trim()).toBe("");

    const images = pdfImages(bytes);
    expect(images.map((i) => i.page)).toEqual([4, 5, 6, 7]);
    // The first page's image comes back on page 7: drawn again, stored once.
    expect(new Set(images.map((i) => i.object)).size).toBe(3);
    expect(images[3]!.object).toBe(images[0]!.object);
    expect(await storedImages(bytes)).toBe(3);
    for (const image of images) {
      expect(image.xPpi).toBeGreaterThanOrEqual(299);
      expect(image.xPpi).toBeLessThanOrEqual(301);
      expect(image.yPpi).toBeLessThanOrEqual(301);
    }
  });

  it("prints the front matter in the book's language and leaves numbers out when asked", async () => {
    const book = await createBook(alice.token, { title: "Les animaux", trim: "a4", language: "fr", pageNumbers: false, frontMatter: { titlePage: false, credits: false } });
    await addPages(alice.token, book.id, [pages[1]!]);
    const { bytes } = await download(book.id, "interior");
    const sizes = pdfPages(bytes);
    expect(sizes).toHaveLength(2);
    expect(sizes[0]!.width).toBeCloseTo(595.276, 2);
    expect(sizes[0]!.height).toBeCloseTo(841.89, 2);
    expect(pdfText(bytes, 1)).toContain("Ce livre appartient à");
    expect(pdfText(bytes, 2).trim()).toBe("");
  });

  it("makes every trim size, never stretching a page", async () => {
    const expected: Record<string, [number, number]> = { "8x10": [576, 720], "8.5x8.5": [612, 612], "6x9": [432, 648] };
    for (const [trim, size] of Object.entries(expected)) {
      const book = await createBook(alice.token, { title: `Trim ${trim}`, trim, frontMatter: { titlePage: false, belongsTo: false, credits: false } });
      const added = await addPages(alice.token, book.id, [pages[0]!, pages[1]!]);
      const { bytes } = await download(book.id, "interior");
      const info = pdfPages(bytes);
      expect(info.map((p) => [p.width, p.height])).toEqual([size, size]);
      for (const [index, image] of pdfImages(bytes).entries()) {
        const crop = added.pages[index]!.crop;
        expect(image.width / image.height).toBeCloseTo(crop.width / crop.height, 2);
      }
    }
  });
});

describe("the interior PDF for print-on-demand", () => {
  it("adds the bleed to the outside edges, sets the trim box, and puts blank backs behind right-hand coloring pages", async () => {
    const book = await createBook(alice.token, { title: "Bleed", trim: "letter", printOnDemand: { bleed: true, paper: "white" }, blankBacks: true });
    await addPages(alice.token, book.id, cycle(pages, 12));
    const { bytes } = await download(book.id, "interior");
    const info = pdfPages(bytes);
    // Title, credits, "belongs to", a blank page, then twelve coloring pages each with a blank back.
    expect(info).toHaveLength(28);
    for (const page of info) {
      expect([page.width, page.height]).toEqual([621, 810]);
      expect(page.bleedBox).toEqual([0, 0, 621, 810]);
    }
    expect(info[0]!.trimBox).toEqual([0, 9, 612, 801]);
    expect(info[1]!.trimBox).toEqual([9, 9, 621, 801]);
    const images = pdfImages(bytes);
    expect(images.map((i) => i.page)).toEqual(Array.from({ length: 12 }, (_, i) => 5 + 2 * i));
    expect(await storedImages(bytes)).toBe(3);
    for (let n = 6; n <= 28; n += 2) expect(pdfText(bytes, n).trim(), `page ${n}`).toBe("");
    expect(pdfText(bytes, 4).trim()).toBe("");
    expect(pdfText(bytes, 5).trim()).toBe("5");
  });

  it("is the trim size without bleed", async () => {
    const book = await createBook(alice.token, { title: "No bleed", trim: "6x9", printOnDemand: { bleed: false, paper: "cream" } });
    await addPages(alice.token, book.id, cycle(pages, 21));
    const info = pdfPages((await download(book.id, "interior")).bytes);
    expect(info).toHaveLength(24);
    for (const page of info) {
      expect([page.width, page.height]).toEqual([432, 648]);
      expect(page.trimBox).toEqual([0, 0, 432, 648]);
    }
  });

  it("refuses fewer than 24 pages, saying what to do, but still zips the pages", async () => {
    const book = await createBook(alice.token, { title: "Short", trim: "letter", printOnDemand: { bleed: false, paper: "white" } });
    await addPages(alice.token, book.id, cycle(pages, 19));
    for (const part of ["interior", "cover"]) {
      const { res } = await download(book.id, part, 409);
      expect(await res.json()).toMatchObject({ code: "conflict:too_few_pages", pageCount: 22 });
    }
    await download(book.id, "zip");
    await patch(book.id, { blankBacks: true });
    await download(book.id, "interior");
  });
});

describe("the cover PDF", () => {
  const spine = { white: 0.002252, cream: 0.0025 } as const;

  for (const pageCount of [24, 120, 400]) {
    it(`is back + spine + front + bleed for ${pageCount} pages, on white and cream paper`, async () => {
      const book = await createBook(alice.token, {
        title: "Cover", author: "Sam", blurb: "Color the ocean, one friend at a time.", trim: "letter", blankBacks: true,
        printOnDemand: { bleed: true, paper: "white" }, frontMatter: { titlePage: false, belongsTo: false, credits: false },
      });
      await addPages(alice.token, book.id, cycle(pages, pageCount / 2));
      for (const paper of ["white", "cream"] as const) {
        await patch(book.id, { printOnDemand: { bleed: true, paper } });
        const { bytes, headers } = await download(book.id, "cover");
        expect(headers.get("content-disposition")).toBe('attachment; filename="cover-cover.pdf"');
        const [page, ...rest] = pdfPages(bytes);
        expect(rest).toEqual([]);
        const width = (2 * 8.5 + pageCount * spine[paper] + 2 * 0.125) * 72;
        expect(page!.width).toBeCloseTo(width, 2);
        expect(page!.height).toBe(810);
        expect(page!.trimBox[0]).toBe(9);
        expect(page!.trimBox[2]).toBeCloseTo(width - 9, 2);
        const text = pdfText(bytes);
        expect(text).toContain("Color the ocean, one friend at a time.");
        const front = pdfImages(bytes);
        expect(front).toHaveLength(1);
        expect([front[0]!.width, front[0]!.height, front[0]!.color]).toEqual([2588, 3375, "rgb"]);
      }
    });
  }

  it("has spine text only above 79 pages", async () => {
    const book = await createBook(alice.token, { title: "Spine", trim: "letter", blankBacks: true, printOnDemand: { bleed: false, paper: "cream" }, frontMatter: { titlePage: false, belongsTo: false, credits: false } });
    await addPages(alice.token, book.id, cycle(pages, 39));
    const spineRegion = (count: number) => ({ x: 9 + 612, y: 0, width: count * 0.0025 * 72, height: 810 });
    expect(pdfText((await download(book.id, "cover")).bytes, 1, spineRegion(78)).trim()).toBe("");
    await addPages(alice.token, book.id, [pages[0]!]);
    expect(pdfText((await download(book.id, "cover")).bytes, 1, spineRegion(80)).replace(/\s/g, "")).toContain("Spine");
  });

  it("uses the book's chosen picture, cropped to the front panel", async () => {
    const book = await createBook(alice.token, { title: "Chosen", trim: "6x9", printOnDemand: { bleed: false, paper: "white" } });
    await addPages(alice.token, book.id, cycle(pages, 21));
    await patch(book.id, { coverImageId: pages[2]! });
    const images = pdfImages((await download(book.id, "cover")).bytes);
    expect(images.map((i) => [i.width, i.height])).toEqual([[Math.round(6.125 * 300), Math.round(9.25 * 300)]]);
  });

  it("is only for print-on-demand books", async () => {
    const book = await createBook(alice.token, { title: "Home", trim: "letter" });
    await addPages(alice.token, book.id, [pages[0]!]);
    const { res } = await download(book.id, "cover", 409);
    expect(await res.json()).toMatchObject({ code: "conflict:not_print_on_demand" });
  });
});

describe("the ZIP of pages", () => {
  it("holds the library PNGs in book order", async () => {
    const book = await createBook(alice.token, { title: "Zip me", trim: "letter" });
    await addPages(alice.token, book.id, [pages[2]!, pages[0]!]);
    const { bytes, headers } = await download(book.id, "zip");
    expect(headers.get("content-disposition")).toBe('attachment; filename="zip-me-pages.zip"');
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(["01-farm-animals.png", "02-ocean-animals.png"]);
    for (const [name, id] of [["01-farm-animals.png", pages[2]!], ["02-ocean-animals.png", pages[0]!]] as const) {
      const image = await db().image.findUniqueOrThrow({ where: { id } });
      expect(createHash("sha256").update(files[name]!).digest("hex")).toBe(image.sha256);
    }
  });

  it("refuses an empty book, and a bad part", async () => {
    const book = await createBook(alice.token, { title: "Empty", trim: "letter" });
    const { res } = await download(book.id, "zip", 409);
    expect(await res.json()).toMatchObject({ code: "conflict:no_pages" });
    await download(book.id, "epub", 400);
  });
});

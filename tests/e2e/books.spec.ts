import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { AuthPages, newEmail } from "./support";

const THEMES = ["ocean animals", "a dinosaur in the jungle", "farm animals", "a castle with a dragon"];

/** Offline theme pages made through the API with the browser's session; their titles in order. */
async function makePages(page: Page): Promise<string[]> {
  const jobs: string[] = [];
  for (const theme of THEMES) {
    const res = await page.request.post("/api/coloring-pages", { data: { theme } });
    expect(res.status()).toBe(202);
    jobs.push(((await res.json()) as { jobId: string }).jobId);
  }
  for (const id of jobs) {
    await expect.poll(async () => ((await (await page.request.get(`/api/jobs/${id}`)).json()) as { status: string }).status, { timeout: 60_000 }).toBe("succeeded");
  }
  const titles = ((await (await page.request.get("/api/images?kind=coloring")).json()) as { items: Array<{ title: string }> }).items.map((i) => i.title);
  return THEMES.map((theme) => titles.find((title) => title.toLowerCase() === theme.toLowerCase())!);
}

/** Page object for the books list and a book's editor; selectors by role and label only. */
class BooksPages {
  constructor(private readonly page: Page) {}

  async create(title: string, options: { printOnDemand?: boolean } = {}): Promise<void> {
    await this.page.goto("/books");
    await this.page.getByRole("textbox", { name: "Title" }).fill(title);
    await this.page.getByRole("combobox", { name: "Trim size" }).selectOption({ label: "US Letter (8.5 × 11 in)" });
    if (options.printOnDemand) await this.page.getByRole("checkbox", { name: "For print-on-demand (Amazon KDP)" }).check();
    await this.page.getByRole("button", { name: "Create book" }).click();
    await expect(this.page).toHaveURL(/\/books\/[^/]+$/);
    await expect(this.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  }

  async addFromLibrary(titles: readonly string[]): Promise<void> {
    await this.page.getByRole("button", { name: "Add pages from the library" }).click();
    const dialog = this.page.getByRole("dialog", { name: "Add pages from the library" });
    for (const title of titles) await dialog.getByRole("button", { name: title, exact: true }).click();
    await dialog.getByRole("button", { name: `Add ${titles.length} pages` }).click();
    await expect(dialog).toBeHidden();
  }

  pages(): Locator {
    return this.page.getByRole("region", { name: /^Pages/ }).getByRole("listitem");
  }

  async pageTitles(): Promise<string[]> {
    const labels = await this.pages().evaluateAll((items) => items.map((item) => item.getAttribute("aria-label") ?? ""));
    return labels.map((label) => label.replace(/^Page \d+: /, ""));
  }

  async download(name: string): Promise<{ file: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.page.getByRole("button", { name: `Download the ${name}` }).click()]);
    const path = await download.path();
    return { file: download.suggestedFilename(), bytes: fs.readFileSync(path) };
  }
}

test("make a print-on-demand book from library pages, reorder pages by keyboard and by dragging, and download both PDFs", async ({ page }) => {
  test.setTimeout(300_000);
  await new AuthPages(page).signUp(newEmail("books"), "Sam");
  const titles = await makePages(page);
  const books = new BooksPages(page);

  await books.create("Ocean friends", { printOnDemand: true });
  await books.addFromLibrary(titles);
  expect(await books.pageTitles()).toEqual(titles);
  await expect(page.getByText("A print-on-demand book needs at least 24 pages; this one has 8.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Download the interior PDF" })).toBeDisabled();

  // Blank backs and two more rounds of pages: 3 front-matter pages, a blank, 12 pages with their backs.
  await page.getByRole("checkbox", { name: "Blank backs" }).check();
  await expect(page.getByText("Saved.", { exact: true })).toBeVisible();
  await books.addFromLibrary(titles);
  await books.addFromLibrary(titles);
  await expect(books.pages()).toHaveCount(12);
  await expect(page.getByText("US Letter (8.5 × 11 in) · Print-on-demand · 28 printed pages", { exact: true })).toBeVisible();

  // The keyboard way: focus "move page 2 earlier" and press Enter.
  await page.getByRole("button", { name: "Move page 2 earlier" }).focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => books.pageTitles()).toEqual([titles[1], titles[0], titles[2], titles[3], ...titles, ...titles]);
  await expect(page.getByRole("button", { name: "Move page 1 earlier" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Move page 1 later" })).toBeFocused();

  // And by dragging: page 4 onto page 3.
  await books.pages().nth(3).dragTo(books.pages().nth(2));
  await expect.poll(() => books.pageTitles()).toEqual([titles[1], titles[0], titles[3], titles[2], ...titles, ...titles]);
  await page.reload();
  await expect.poll(() => books.pageTitles()).toEqual([titles[1], titles[0], titles[3], titles[2], ...titles, ...titles]);

  // The preview shows spreads: page 1 alone on the right, then pairs.
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByRole("listitem", { name: "Page 1", exact: true })).toBeVisible();
  await expect(preview.getByRole("figure", { name: `Right page 5: ${titles[1]}` })).toBeVisible();
  await expect(preview.getByRole("listitem", { name: "Pages 2 and 3" })).toBeVisible();

  const accessibility = await new AxeBuilder({ page }).analyze();
  expect(accessibility.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  const interior = await books.download("interior PDF");
  expect(interior.file).toBe("ocean-friends-interior.pdf");
  const doc = await PDFDocument.load(interior.bytes);
  expect(doc.getPageCount()).toBe(28);
  for (const p of doc.getPages()) expect([p.getWidth(), p.getHeight()]).toEqual([612, 792]);
  await expect(page.getByText("The interior PDF is downloaded.")).toBeVisible();

  const cover = await books.download("cover PDF");
  expect(cover.file).toBe("ocean-friends-cover.pdf");
  const coverDoc = await PDFDocument.load(cover.bytes);
  expect(coverDoc.getPageCount()).toBe(1);
  expect(coverDoc.getPage(0).getWidth()).toBeCloseTo((2 * 8.5 + 28 * 0.002252 + 0.25) * 72, 2);
  expect(coverDoc.getPage(0).getHeight()).toBeCloseTo(11.25 * 72, 2);
});

test("make an 8-page offline book from a theme, reorder two pages, and download the interior and cover PDFs", async ({ page }) => {
  test.setTimeout(420_000);
  await new AuthPages(page).signUp(newEmail("books-theme"), "Theo");
  const books = new BooksPages(page);
  await books.create("Turtle days");

  // The pages are planned and drawn offline, one job each, and join the book in order.
  const theme = page.getByRole("region", { name: "Make pages from a theme" });
  await theme.getByRole("textbox", { name: "What the book is about" }).fill("a turtle in the ocean");
  await theme.getByRole("spinbutton", { name: "Pages" }).fill("8");
  await expect(theme.getByRole("combobox", { name: "Engine" })).toHaveValue("offline");
  await theme.getByRole("button", { name: "Make the pages" }).click();
  await expect(page.getByText("Pages made")).toBeVisible({ timeout: 300_000 });
  await expect(books.pages()).toHaveCount(8);
  const planned = await books.pageTitles();
  expect(new Set(planned).size).toBe(8);
  for (const title of planned) expect(title.toLowerCase()).toContain("turtle");

  // Reorder two pages: the third moves before the second.
  await page.getByRole("button", { name: "Move page 3 earlier" }).click();
  const reordered = [planned[0], planned[2], planned[1], ...planned.slice(3)];
  await expect.poll(() => books.pageTitles()).toEqual(reordered);
  await page.reload();
  await expect.poll(() => books.pageTitles()).toEqual(reordered);

  // Home printing: the title page, its credits back and "belongs to", the 8 pages and a blank to even it.
  const interior = await books.download("interior PDF");
  expect(interior.file).toBe("turtle-days-interior.pdf");
  const doc = await PDFDocument.load(interior.bytes);
  expect(doc.getPageCount()).toBe(12);
  for (const p of doc.getPages()) expect([p.getWidth(), p.getHeight()]).toEqual([612, 792]);

  // A cover needs a print-on-demand book of at least 24 pages: with blank backs and two of its pages
  // added again from the library, it has 4 + 10 × 2 = 24.
  await page.getByRole("radio", { name: "Print-on-demand" }).check();
  await expect(page.getByText("Saved.", { exact: true })).toBeVisible();
  await page.getByRole("checkbox", { name: "Blank backs" }).check();
  await books.addFromLibrary([planned[0]!, planned[1]!]);
  await expect(page.getByText("US Letter (8.5 × 11 in) · Print-on-demand · 24 printed pages", { exact: true })).toBeVisible();
  const podInterior = await PDFDocument.load((await books.download("interior PDF")).bytes);
  expect(podInterior.getPageCount()).toBe(24);
  const cover = await books.download("cover PDF");
  expect(cover.file).toBe("turtle-days-cover.pdf");
  const coverDoc = await PDFDocument.load(cover.bytes);
  expect(coverDoc.getPageCount()).toBe(1);
  expect(coverDoc.getPage(0).getWidth()).toBeCloseTo((2 * 8.5 + 24 * 0.002252 + 0.25) * 72, 2);
  expect(coverDoc.getPage(0).getHeight()).toBeCloseTo(11.25 * 72, 2);
});

test("another user's book is not found, and the French editor speaks French", async ({ page, browser }) => {
  await new AuthPages(page).signUp(newEmail("books-owner"), "Ann");
  const created = await page.request.post("/api/books", { data: { title: "Mine", trim: "6x9" } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await new AuthPages(otherPage).signUp(newEmail("books-other"), "Bob");
  await other.addCookies([{ name: "inkwell-locale", value: "fr", url: new URL(page.url()).origin }]);
  expect((await otherPage.request.get(`/api/books/${id}`)).status()).toBe(404);
  expect((await otherPage.request.get(`/api/books/${id}/export?part=interior`)).status()).toBe(404);
  await otherPage.goto(`/books/${id}`);
  await expect(otherPage.getByRole("heading", { name: "Livre introuvable" })).toBeVisible();
  await otherPage.goto("/books");
  await expect(otherPage.getByRole("heading", { name: "Nouveau livre" })).toBeVisible();
  await expect(otherPage.getByRole("link", { name: "Livres" })).toBeVisible();
  await other.close();
});

import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { AuthPages, newEmail, pngSize } from "./support";

const CAT = path.resolve("tests/fixtures/photos/cat-chelsea.jpg");

/** Page object for /photos: selectors by role and label, in one place. */
class PhotosPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/photos");
    await expect(this.page.getByRole("heading", { level: 1, name: "Photo to coloring page" })).toBeVisible();
  }

  async choose(file: string): Promise<void> {
    await this.page.getByLabel("Photo", { exact: true }).setInputFiles(file);
  }

  get convert(): Locator {
    return this.page.getByRole("button", { name: "Convert" });
  }

  get results(): Locator {
    return this.page.getByRole("region", { name: "Your pages" });
  }

  column(mode: "Trace" | "Redraw"): Locator {
    return this.results.getByRole("article", { name: mode });
  }

  pageImage(alt: "traced" | "redrawn"): Locator {
    return this.results.getByRole("img", { name: `Coloring page ${alt} from your photo` });
  }

  actions(mode: "Trace" | "Redraw"): Locator {
    return this.results.getByRole("group", { name: `${mode} page actions` });
  }

  alert(text: string): Locator {
    return this.page.getByRole("alert").filter({ hasText: text });
  }
}

test("a photo is traced into a page, downloaded as a PNG and printed; a bad file shows its error", async ({ page }, testInfo) => {
  await new AuthPages(page).signUp(newEmail("photos"), "Sam");
  await expect(page.getByRole("heading", { name: "Hello, Sam!" })).toBeVisible();

  const photos = new PhotosPage(page);
  await photos.goto();
  await expect(page.getByText("Your photo is stored privately, without its location or camera data")).toBeVisible();
  await photos.choose(CAT);
  await expect(page.getByRole("img", { name: "Preview of the chosen photo" })).toBeVisible();

  await expect(page.getByRole("radio", { name: "Trace — free" })).toBeChecked();
  await expect(page.getByRole("slider", { name: "Detail" })).toHaveValue("3");
  await expect(page.getByRole("checkbox", { name: "Simplify the background" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Letter" })).toBeChecked();

  await photos.convert.click();
  await expect(photos.results.getByRole("progressbar").first()).toBeVisible();
  await expect(photos.pageImage("traced")).toBeVisible({ timeout: 60_000 });
  await expect(photos.column("Trace").getByText("Free")).toBeVisible();

  const downloading = page.waitForEvent("download");
  await photos.actions("Trace").getByRole("link", { name: "Download PNG" }).click();
  const download = await downloading;
  const png = await readFile(await download.path());
  expect(pngSize(png)).toEqual({ width: 2550, height: 3300 });

  const opening = page.waitForEvent("popup");
  await photos.actions("Trace").getByRole("link", { name: "Print" }).click();
  const print = await opening;
  await expect(print).toHaveURL(/\/print\/[^/?]+$/);
  const sheet = print.getByRole("main").getByRole("img");
  await expect(sheet).toBeVisible();
  await expect.poll(() => sheet.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2550);
  await print.close();

  const bad = testInfo.outputPath("bad.jpg");
  await writeFile(bad, "This is a text file, not a photo.\n");
  await photos.choose(bad);
  await expect(photos.pageImage("traced")).toBeHidden();
  await photos.convert.click();
  await expect(photos.alert("This file is not a photo Inkwell can read")).toBeVisible();
});

test("the other mode is tried on the same photo, then the photo and its pages are deleted", async ({ page }) => {
  await new AuthPages(page).signUp(newEmail("photos-compare"), "Alex");
  await expect(page.getByRole("heading", { name: "Hello, Alex!" })).toBeVisible();

  const photos = new PhotosPage(page);
  await photos.goto();
  await photos.choose(CAT);
  await photos.convert.click();
  await expect(photos.pageImage("traced")).toBeVisible({ timeout: 60_000 });

  await photos.column("Redraw").getByRole("button", { name: "Try the other mode" }).click();
  await expect(photos.pageImage("redrawn")).toBeVisible({ timeout: 60_000 });
  await expect(photos.pageImage("traced")).toBeVisible();
  await expect(photos.column("Trace").getByText("Free")).toBeVisible();
  await expect(photos.column("Redraw").getByText(/^\$\d/)).toBeVisible();

  const pageUrl = await photos.pageImage("traced").getAttribute("src");
  expect(pageUrl).toMatch(/^\/api\/images\/[^/]+\/file$/);

  await photos.results.getByRole("button", { name: "Delete this photo and its pages" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText("The photo and its pages were deleted.")).toBeVisible();
  await expect(photos.results.getByText("Your coloring page will appear here.")).toBeVisible();
  const gone = await page.request.get(pageUrl!);
  expect(gone.status()).toBe(404);
});

import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { PhotosPage } from "./pages/photos-page";
import { AuthPages, newEmail, pngSize } from "./support";

const CAT = path.resolve("tests/fixtures/photos/cat-chelsea.jpg");

test("a photo is traced into a page, downloaded as a PNG and printed; a bad file shows its error", async ({ page }, testInfo) => {
  await new AuthPages(page).signUp(newEmail("photos"), "Sam");
  await expect(page.getByRole("heading", { name: "Hello, Sam!" })).toBeVisible();

  const photos = new PhotosPage(page);
  await photos.goto();
  await expect(page.getByText("Your photo is stored privately, without its location or camera data")).toBeVisible();
  await photos.choose(CAT);
  await expect(photos.preview).toBeVisible();

  await expect(photos.option("radio", "Trace — free")).toBeChecked();
  await expect(photos.option("slider", "Detail")).toHaveValue("3");
  await expect(photos.option("checkbox", "Simplify the background")).toBeChecked();
  await expect(photos.option("radio", "Letter")).toBeChecked();

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

  await photos.tryOtherMode("Redraw").click();
  await expect(photos.pageImage("redrawn")).toBeVisible({ timeout: 60_000 });
  await expect(photos.pageImage("traced")).toBeVisible();
  await expect(photos.column("Trace").getByText("Free")).toBeVisible();
  await expect(photos.column("Redraw").getByText(/^\$\d/)).toBeVisible();

  const pageUrl = await photos.pageImage("traced").getAttribute("src");
  expect(pageUrl).toMatch(/^\/api\/images\/[^/]+\/file$/);

  await photos.deletePhoto();
  await expect(page.getByText("The photo and its pages were deleted.")).toBeVisible();
  await expect(photos.results.getByText("Your coloring page will appear here.")).toBeVisible();
  const gone = await page.request.get(pageUrl!);
  expect(gone.status()).toBe(404);
});

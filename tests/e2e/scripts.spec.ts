import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { unzipSync } from "fflate";
import { ScriptsPage } from "./pages/scripts-page";
import { AuthPages, newEmail, openaiRequests, pngSize } from "./support";

const THREE_LINES = [
  "0:00 Sunrise over the Ethiopian highlands",
  "0:30 Historical coffee plantation in 19th century Ethiopia",
  "1:05 A busy coffee house in Istanbul",
].join("\n");

async function signUp(page: Page, label: string): Promise<void> {
  await new AuthPages(page).signUp(newEmail(label), "Sam");
  await expect(page.getByRole("heading", { name: "Hello, Sam!" })).toBeVisible();
}

test("a bad script is refused with its line number, next to the script", async ({ page }) => {
  await signUp(page, "script-bad");
  const scripts = new ScriptsPage(page);
  await scripts.create("Out of order", "0:30 The harbour at dawn\n0:10 Fishermen mending nets");
  await expect(page.getByText(/^Line 2: /)).toBeVisible();
  const textarea = scripts.scriptField;
  await expect(textarea).toBeFocused();
  await expect(textarea).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/scripts$/);
});

test("a pasted script is illustrated offline, varied, edited with a mask through OpenAI and exported", async ({ page, request }) => {
  test.setTimeout(240_000);
  await signUp(page, "script-flow");
  const scripts = new ScriptsPage(page);

  // Three pasted lines become three segments.
  await scripts.create("The story of coffee", THREE_LINES);
  await scripts.expectOpened("The story of coffee");
  await expect(scripts.segment(3)).toBeVisible();
  await expect(scripts.segmentText(2)).toHaveValue("Historical coffee plantation in 19th century Ethiopia");

  // Illustrate all with the default offline engine: free, and the batch bar goes to the end.
  await expect(scripts.engine("Offline — free")).toBeChecked();
  await expect(page.getByText("Free: 3 images to make")).toBeVisible();
  await scripts.illustrateAll.click();
  await expect(scripts.batchProgress()).toBeVisible();
  await expect(scripts.batchProgress()).toHaveAttribute("aria-valuenow", "100", { timeout: 90_000 });
  await expect(scripts.batchStatus("Batch finished.")).toContainText("Done: 3 · Failed: 0 · Remaining: 0");
  for (const number of [1, 2, 3]) await expect(scripts.picture(number)).toBeVisible();
  await expect(page.getByText("Every segment has an image.")).toBeVisible();

  // Offline, new images are free, and the buttons say so before anything is made.
  await expect(scripts.variationsButton(1)).toHaveText("Make variations · Free");
  await expect(page.getByTestId("batch-total")).toHaveText(/^\$0(\.0+)?$/);

  // One variation of segment 1, then use it.
  const firstSrc = await scripts.picture(1).getAttribute("src");
  await scripts.askVariations(1, 1);
  const useIt = scripts.useVersion(1);
  await expect(useIt).toBeVisible({ timeout: 60_000 });
  await expect(scripts.segment(1).getByRole("heading", { name: "Versions (2)" })).toBeVisible();
  await useIt.click();
  await expect(useIt).toHaveCount(0);
  await expect(scripts.picture(1)).not.toHaveAttribute("src", firstSrc ?? "");
  await expect(scripts.restoreVersion(1)).toBeVisible();

  // With the OpenAI engine, paint a mask over segment 2's image and ask for an edit.
  await scripts.engine("OpenAI — paid").check();
  await page.setViewportSize({ width: 1366, height: 900 });
  const dialog = await scripts.openEdit(2);
  // The dialog fits the window: its body scrolls, and the main action stays in view.
  await expect(dialog.getByRole("button", { name: "Make the edit" })).toBeInViewport();
  await expect(dialog.getByTestId("edit-estimate")).toHaveText(/^Estimated cost: \$\d/);
  const dialogBox = await dialog.boundingBox();
  expect(dialogBox!.y + dialogBox!.height).toBeLessThanOrEqual(900);
  const painter = dialog.getByRole("img", { name: /^Mask painter/ });
  await painter.scrollIntoViewIfNeeded();
  const box = await painter.boundingBox();
  if (!box) throw new Error("the mask painter has no box");
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.35);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.65, box.y + box.height * 0.6, { steps: 12 });
  await page.mouse.up();
  await expect(dialog.getByText("Only the painted area will change.")).toBeVisible();
  await dialog.getByRole("textbox", { name: "What should change?" }).fill("Add a red umbrella over the coffee pickers");
  const requestsBefore = (await openaiRequests(request)).length;
  await dialog.getByRole("button", { name: "Make the edit" }).click();
  await expect(dialog).toBeHidden();
  const versions = scripts.versions(2, 2);
  await expect(versions).toBeVisible({ timeout: 60_000 });
  await expect(versions.getByText("Edit", { exact: true })).toBeVisible();
  // The script's total counts the billed edit, though no batch made it.
  await expect(page.getByTestId("batch-total")).not.toHaveText(/^\$0(\.0+)?$/, { timeout: 30_000 });

  const edits = (await openaiRequests(request)).slice(requestsBefore).filter((recorded) => recorded.path === "/v1/images/edits");
  expect(edits).toHaveLength(1);
  const edit = edits[0]!;
  expect(edit.valid).toBe(true);
  expect(edit.body.prompt).toEqual(expect.stringContaining("red umbrella"));
  expect(edit.body.mask).toMatchObject({ contentType: "image/png" });
  expect((edit.body.mask as { bytes: number }).bytes).toBeGreaterThan(0);

  // Export: a ZIP of the chosen images named by index and timestamp.
  const downloading = page.waitForEvent("download");
  await scripts.exportLink("Download ZIP").click();
  const download = await downloading;
  const file = await download.path();
  const entries = unzipSync(new Uint8Array(await readFile(file)));
  const names = Object.keys(entries);
  const pngs = names.filter((name) => name.endsWith(".png")).sort();
  expect(pngs).toHaveLength(3);
  expect(pngs[0]).toMatch(/^001_0-00_[a-z0-9-]+\.png$/);
  expect(pngs[1]).toMatch(/^002_0-30_[a-z0-9-]+\.png$/);
  expect(pngs[2]).toMatch(/^003_1-05_[a-z0-9-]+\.png$/);
  for (const name of pngs) {
    const size = pngSize(Buffer.from(entries[name]!));
    expect(size.width).toBeGreaterThan(size.height);
  }
});

test("the timeline is split and saved as a whole, and a bad edit names its segment", async ({ page }) => {
  await signUp(page, "script-timeline");
  const scripts = new ScriptsPage(page);
  await scripts.create("Timeline edits", THREE_LINES);
  await expect(scripts.segment(3)).toBeVisible();

  // Split at the middle of segment 1: a fourth segment, unsaved until "Save changes".
  await scripts.split(1).click();
  await expect(scripts.segment(4)).toBeVisible();
  await expect(scripts.segmentText(2)).toBeFocused();
  await expect(page.getByText("You have unsaved changes.")).toBeVisible();
  await expect(scripts.illustrateAll).toBeDisabled();
  await scripts.saveChanges.click();
  await expect(page.getByText("You have unsaved changes.")).toBeHidden();
  await page.reload();
  await expect(scripts.segment(4)).toBeVisible();
  await expect(scripts.segmentText(2)).toHaveValue("Ethiopian highlands");

  // A time before the previous segment's is refused by the server, pointing at segment 3.
  await scripts.segmentTime(3).fill("0:01");
  await scripts.saveChanges.click();
  await expect(scripts.alert(/^Segment 3: /)).toBeVisible();
  await expect(scripts.segmentText(3)).toBeFocused();
  await scripts.discard.click();
  await expect(scripts.segmentTime(3)).toHaveValue("0:30");
});

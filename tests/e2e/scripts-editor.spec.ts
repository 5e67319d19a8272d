import { readFile } from "node:fs/promises";
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { unzipSync } from "fflate";
import { AuthPages, newEmail } from "./support";

const LINES = ["0:00 Sunrise over the Ethiopian highlands", "0:30 Historical coffee plantation", "1:05 A busy coffee house in Istanbul"].join("\n");

async function downloadText(page: Page, link: string): Promise<{ name: string; bytes: Buffer }> {
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: link }).click();
  const download = await downloading;
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

test("a script goes to an editor as a timeline or subtitles, and takes its timings back", async ({ page }) => {
  await new AuthPages(page).signUp(newEmail("editor"), "Sam");
  // The segments' fields are edited in the list view (the storyboard has its own spec).
  await page.addInitScript(() => window.localStorage.setItem("inkwell.scripts.view", "list"));
  await page.goto("/scripts");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill("Coffee cut");
  await page.getByRole("textbox", { name: "Script", exact: true }).fill(LINES);
  await page.getByRole("button", { name: "Create script" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Coffee cut" })).toBeVisible();

  const card = page.getByRole("region", { name: "Into your editor" });
  await card.getByRole("combobox", { name: "Frame rate" }).selectOption("25");
  await card.getByRole("spinbutton", { name: "Last image (seconds)" }).fill("7");

  const srt = await downloadText(page, "Subtitles (SRT)");
  expect(srt.name).toBe("script-coffee-cut.srt");
  expect(srt.bytes.toString("utf8")).toContain("3\n00:01:05,000 --> 00:01:12,000\nA busy coffee house in Istanbul\n");

  const zip = await downloadText(page, "Final Cut Pro / DaVinci Resolve (FCPXML)");
  expect(zip.name).toBe("script-coffee-cut-fcpxml.zip");
  const fcpxml = new TextDecoder().decode(unzipSync(new Uint8Array(zip.bytes))["script-coffee-cut.fcpxml"]);
  expect(fcpxml).toContain('frameDuration="1/25s"');
  expect(fcpxml).toContain('<gap name="003 (no image) A busy coffee house in Istanbul" offset="1625/25s" duration="175/25s"/>');

  // Unsaved edits first: importing would overwrite them.
  await page.getByRole("textbox", { name: "Time of segment 3" }).fill("1:06");
  await expect(card.getByRole("button", { name: "Import timings…" })).toBeDisabled();
  await expect(card.getByText("Save or discard your changes to the segments before importing timings.")).toBeVisible();
  await page.getByRole("button", { name: "Discard" }).click();

  await card.getByRole("button", { name: "Import timings…" }).click();
  const dialog = page.getByRole("dialog", { name: "Import timings from your editor" });
  await expect(dialog).toBeVisible();
  const file = dialog.getByLabel("Edited file");
  await expect(file).toBeFocused();

  // A file that is no timeline is refused with the reason.
  await file.setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("Remember to buy coffee") });
  await dialog.getByRole("button", { name: "Preview the changes" }).click();
  await expect(dialog.getByRole("alert")).toContainText("Choose an .srt, .vtt, .otio, .fcpxml or Premiere .xml file");

  // The editor moved the second scene three seconds later.
  const edited = srt.bytes.toString("utf8").replace("00:00:30,000 --> 00:01:05,000", "00:00:33,000 --> 00:01:05,000");
  await file.setInputFiles({ name: "edited.srt", mimeType: "application/x-subrip", buffer: Buffer.from(edited) });
  await dialog.getByRole("button", { name: "Preview the changes" }).click();
  await expect(dialog.getByText("1 segment changes:")).toBeVisible();
  await expect(dialog.getByText("Segment 2: 0:30 → 0:33")).toBeVisible();
  await expect(dialog.getByText("Historical coffee plantation · tied by its text")).toBeVisible();
  const scan = await new AxeBuilder({ page }).include("dialog[open]").analyze();
  expect(scan.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  await expect(page.getByRole("textbox", { name: "Time of segment 2" })).toHaveValue("0:30");

  await dialog.getByRole("button", { name: "Apply 1 change" }).click();
  await expect(dialog.getByRole("status").filter({ hasText: "1 timestamp updated." })).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("textbox", { name: "Time of segment 2" })).toHaveValue("0:33");
});

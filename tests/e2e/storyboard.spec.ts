import { readFile } from "node:fs/promises";
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { AuthPages, newEmail } from "./support";

const SHORT = ["0:00 Sunrise over the highlands", "0:02 A coffee plantation", "0:04 A busy coffee house", "0:06 A cup on a table"].join("\n");

async function createScript(page: Page, title: string, text: string): Promise<void> {
  await page.goto("/scripts");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByRole("textbox", { name: "Script", exact: true }).fill(text);
  await page.getByRole("button", { name: "Create script" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

const frame = (page: Page, number: number) => page.getByRole("option", { name: new RegExp(`^Frame ${number}\\b`) });

test("the normal storyboard shows at least 12 frames at 1440×900", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await new AuthPages(page).signUp(newEmail("board-size"), "Sam");
  const lines = Array.from({ length: 24 }, (_, i) => `${Math.floor(i / 6)}:${String((i % 6) * 10).padStart(2, "0")} Scene number ${i + 1}`);
  await createScript(page, "Twenty-four scenes", lines.join("\n"));
  const grid = page.getByRole("listbox", { name: "Storyboard, 24 frames" });
  await expect(grid.getByRole("option")).toHaveCount(24);
  // With the grid brought to the top of the window, at least 12 whole frames are on screen at once.
  await grid.evaluate((element) => element.scrollIntoView({ block: "start" }));
  const boxes = await grid.getByRole("option").evaluateAll((items) => items.map((item) => item.getBoundingClientRect()).map(({ top, bottom }) => ({ top, bottom })));
  expect(boxes.filter(({ top, bottom }) => top >= 0 && bottom <= 900).length).toBeGreaterThanOrEqual(12);
});

test("a script opens as a storyboard, the keyboard drives it, and the animatic plays at its timings", async ({ page }) => {
  test.setTimeout(240_000);
  await new AuthPages(page).signUp(newEmail("board"), "Sam");
  await createScript(page, "Coffee board", SHORT);

  const grid = page.getByRole("listbox", { name: "Storyboard, 4 frames" });
  await expect(grid.getByRole("option")).toHaveCount(4);
  await expect(frame(page, 2)).toContainText("0:02");
  await expect(frame(page, 2)).toContainText("A coffee plantation");
  await expect(frame(page, 2)).toContainText("No image");

  // Illustrated offline, each frame says so.
  await page.getByRole("button", { name: "Illustrate all" }).click();
  for (const number of [1, 2, 3, 4]) await expect(frame(page, number)).toContainText("Done", { timeout: 90_000 });

  // Arrows move the selection, Shift+arrow extends it, Enter opens the inspector on the active frame.
  await grid.focus();
  await expect(grid).toHaveAttribute("aria-activedescendant", "frame-0");
  await page.keyboard.press("ArrowRight");
  await expect(grid).toHaveAttribute("aria-activedescendant", "frame-1");
  await expect(frame(page, 2)).toHaveAttribute("aria-selected", "true");
  await expect(frame(page, 1)).toHaveAttribute("aria-selected", "false");
  await page.keyboard.press("Shift+ArrowRight");
  await expect(frame(page, 2)).toHaveAttribute("aria-selected", "true");
  await expect(frame(page, 3)).toHaveAttribute("aria-selected", "true");
  await expect(page.getByText("2 selected")).toBeVisible();

  await page.keyboard.press("Enter");
  const inspector = page.getByRole("complementary", { name: "Frame 3" });
  await expect(inspector).toBeVisible();
  await expect(inspector.getByRole("button", { name: "Close" })).toBeFocused();
  await expect(inspector.getByRole("img", { name: "Illustration of segment 3" })).toBeVisible();

  // Changing the text flags the frame for a redraw; discarding brings it back.
  await inspector.getByRole("textbox", { name: "Text of segment 3" }).fill("A quiet harbour at night");
  await expect(frame(page, 3)).toContainText("Needs redraw: text changed");
  await page.getByRole("button", { name: "Discard" }).click();
  await expect(frame(page, 3)).toContainText("Done");

  await inspector.getByRole("button", { name: "Close" }).press("Escape");
  await expect(inspector).toBeHidden();
  await expect(grid).toBeFocused();

  // Delete asks first.
  await page.keyboard.press("Delete");
  const confirm = page.getByRole("dialog", { name: "Delete 2 frames?" });
  await expect(confirm).toBeVisible();
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(grid.getByRole("option")).toHaveCount(4);

  const scan = await new AxeBuilder({ page }).include("section[aria-labelledby='timeline-heading']").analyze();
  expect(scan.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

  // The animatic plays at the segments' timings: the highlighted frame follows the clock.
  await page.getByRole("button", { name: "Play animatic" }).click();
  const player = page.getByRole("region", { name: "Animatic" });
  await expect(player).toBeVisible();
  await expect(frame(page, 1)).toHaveAttribute("aria-current", "step");
  await expect(frame(page, 2)).toHaveAttribute("aria-current", "step", { timeout: 10_000 });
  await expect(frame(page, 3)).toHaveAttribute("aria-current", "step", { timeout: 10_000 });
  await expect(frame(page, 1)).not.toHaveAttribute("aria-current", "step");
  await expect(player.getByText("A busy coffee house")).toBeVisible();

  await player.getByRole("button", { name: "Pause" }).click();
  await player.getByRole("slider", { name: "Playback position" }).fill("6.5");
  await expect(frame(page, 4)).toHaveAttribute("aria-current", "step");
  await player.getByRole("checkbox", { name: "Captions" }).uncheck();
  await expect(player.getByText("A cup on a table")).toBeHidden();

  // The recording runs in real time (11 s here) and gives a WebM file.
  const downloading = page.waitForEvent("download", { timeout: 60_000 });
  await player.getByRole("button", { name: "Download animatic (WebM)" }).click();
  await expect(player.getByRole("progressbar", { name: /Recording the animatic/ })).toBeVisible();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("animatic-coffee-board.webm");
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
  expect(bytes.length).toBeGreaterThan(1000);
});

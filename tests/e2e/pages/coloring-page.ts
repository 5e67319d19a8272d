import fs from "node:fs";
import { expect, type Locator, type Page } from "@playwright/test";

/** Page object for the coloring studio (/coloring): selectors by role and label, in one place. */
export class ColoringPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto("/coloring");
    await expect(this.page.getByLabel("Theme")).toBeVisible();
  }

  async make(theme: string, options: { engine?: "Offline — free" | "OpenAI — paid"; paper?: "A4" | "Letter"; quality?: "Low" } = {}): Promise<void> {
    await this.page.getByLabel("Theme").fill(theme);
    if (options.engine) await this.page.getByText(options.engine, { exact: true }).click();
    if (options.quality) await this.page.getByText(options.quality, { exact: true }).click();
    if (options.paper) await this.page.getByText(options.paper, { exact: true }).click();
    await this.page.getByRole("button", { name: "Generate", exact: true }).click();
  }

  /** The live progress of the page being made. */
  get progress(): Locator {
    return this.page.getByRole("progressbar");
  }

  get estimate(): Locator {
    return this.page.getByTestId("cost-estimate");
  }

  get resultCost(): Locator {
    return this.page.getByTestId("result-cost");
  }

  /** The id of the finished page, from its "Open in library" link. */
  async resultImageId(): Promise<string> {
    const link = this.page.getByRole("link", { name: "Open in library" });
    await expect(link).toBeVisible({ timeout: 60_000 });
    const href = await link.getAttribute("href");
    return href!.split("/").pop()!;
  }

  async downloadPng(): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.page.getByRole("link", { name: "Download PNG" }).first().click()]);
    const file = await download.path();
    return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
  }
}

import { expect, type Locator, type Page } from "@playwright/test";

/** Page object for /photos: selectors by role and label, in one place. */
export class PhotosPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/photos");
    await expect(this.page.getByRole("heading", { level: 1, name: "Photo to coloring page" })).toBeVisible();
  }

  async choose(file: string): Promise<void> {
    await this.page.getByLabel("Photo", { exact: true }).setInputFiles(file);
  }

  get preview(): Locator {
    return this.page.getByRole("img", { name: "Preview of the chosen photo" });
  }

  option(role: "radio" | "checkbox" | "slider", name: string): Locator {
    return this.page.getByRole(role, { name });
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

  tryOtherMode(mode: "Trace" | "Redraw"): Locator {
    return this.column(mode).getByRole("button", { name: "Try the other mode" });
  }

  /** Deletes the photo and its pages, confirming in the dialog. */
  async deletePhoto(): Promise<void> {
    await this.results.getByRole("button", { name: "Delete this photo and its pages" }).click();
    await this.page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  }

  alert(text: string): Locator {
    return this.page.getByRole("alert").filter({ hasText: text });
  }
}

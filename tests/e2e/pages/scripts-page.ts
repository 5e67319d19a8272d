import { expect, type Locator, type Page } from "@playwright/test";

/** Page object for the scripts list and a script's studio; selectors by role and label only. */
export class ScriptsPage {
  constructor(private readonly page: Page) {}

  /** The list view, where every segment's editor is on the page (the storyboard has its own spec). */
  async useListView(): Promise<void> {
    await this.page.addInitScript(() => window.localStorage.setItem("inkwell.scripts.view", "list"));
  }

  async create(title: string, text: string): Promise<void> {
    await this.useListView();
    await this.page.goto("/scripts");
    await this.page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
    await this.scriptField.fill(text);
    await this.page.getByRole("button", { name: "Create script" }).click();
  }

  get scriptField(): Locator {
    return this.page.getByRole("textbox", { name: "Script", exact: true });
  }

  async expectOpened(title: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/scripts\/[^/]+$/);
    await expect(this.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  }

  segment(number: number): Locator {
    return this.page.getByRole("article", { name: `Segment ${number}`, exact: true });
  }

  segmentText(number: number): Locator {
    return this.page.getByRole("textbox", { name: `Text of segment ${number}` });
  }

  segmentTime(number: number): Locator {
    return this.page.getByRole("textbox", { name: `Time of segment ${number}` });
  }

  picture(number: number): Locator {
    return this.page.getByRole("img", { name: `Illustration of segment ${number}`, exact: true });
  }

  engine(name: "Offline — free" | "OpenAI — paid"): Locator {
    return this.page.getByRole("radio", { name });
  }

  get illustrateAll(): Locator {
    return this.page.getByRole("button", { name: "Illustrate all" });
  }

  batchProgress(): Locator {
    return this.page.getByRole("progressbar", { name: "Batch progress" });
  }

  /** The batch's one-line summary ("Batch finished. Done: 3 · Failed: 0 · Remaining: 0"). */
  batchStatus(text: string | RegExp): Locator {
    return this.page.getByRole("status").filter({ hasText: text });
  }

  async askVariations(number: number, count: number): Promise<void> {
    await this.page.getByRole("combobox", { name: `Variations for segment ${number}` }).selectOption(String(count));
    await this.variationsButton(number).click();
  }

  /** "Make variations · <price>", named for its segment. */
  variationsButton(number: number): Locator {
    return this.page.getByRole("button", { name: new RegExp(`^Make variations( · .+)?, segment ${number}$`) });
  }

  useVersion(number: number): Locator {
    return this.segment(number).getByRole("button", { name: new RegExp(`^Use this one: .+, segment ${number}$`) });
  }

  restoreVersion(number: number): Locator {
    return this.segment(number).getByRole("button", { name: new RegExp(`^Restore .+, segment ${number}$`) });
  }

  versions(number: number, count: number): Locator {
    return this.segment(number).getByRole("region", { name: `Versions (${count})` });
  }

  /** Opens the edit dialog of a segment's image. */
  async openEdit(number: number): Promise<Locator> {
    await this.page.getByRole("button", { name: `Edit the image of segment ${number}` }).click();
    const dialog = this.page.getByRole("dialog", { name: `Edit the image of segment ${number}` });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  split(number: number): Locator {
    return this.page.getByRole("button", { name: `Split segment ${number}` });
  }

  get saveChanges(): Locator {
    return this.page.getByRole("button", { name: "Save changes" });
  }

  get discard(): Locator {
    return this.page.getByRole("button", { name: "Discard" });
  }

  alert(text: string | RegExp): Locator {
    return this.page.getByRole("alert").filter({ hasText: text });
  }

  exportLink(name: "Download ZIP" | "Download JSON" | "Download PDF storyboard"): Locator {
    return this.page.getByRole("link", { name });
  }
}

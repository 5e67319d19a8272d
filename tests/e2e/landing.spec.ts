import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { newEmail } from "./support";

/** Accessibility violations axe rates serious or critical on the current page. */
async function seriousAxeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`);
}

/** Strings of the English interface a French reader must never meet. */
const ENGLISH_ONLY = ["Sign in", "Sign up", "Settings", "Library", "Coloring", "Drag and drop", "More details", "Free, no key needed", "How to print", "Photo of", "OPENAI_API_KEY", "Subject and prop artwork"];

async function expectNoEnglish(page: Page): Promise<void> {
  const text = await page.locator("body").innerText();
  for (const phrase of ENGLISH_ONLY) expect(text, `${page.url()} shows “${phrase}”`).not.toContain(phrase);
}

test("a signed-out visitor lands on a page that shows what Inkwell makes, with no serious accessibility finding", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Printable coloring pages from your words and photos" })).toBeVisible();
  await expect(page.getByText("Free, no key needed")).toBeVisible();
  const examples = page.getByRole("img", { name: /A coloring page titled/ });
  await expect(examples).toHaveCount(3);
  // Every example has loaded (a broken image has no natural width).
  for (const image of await examples.all()) expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(page.getByRole("main").getByRole("link", { name: "Create a free account" }).first()).toHaveAttribute("href", "/sign-up");
  await expect(page.getByRole("main").getByRole("link", { name: "I already have an account" }).first()).toHaveAttribute("href", "/sign-in");
  expect(await seriousAxeViolations(page)).toEqual([]);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test.describe("in French", () => {
  test.use({ locale: "fr-FR", extraHTTPHeaders: { "accept-language": "fr-FR,fr;q=0.9" } });

  test("the landing, About and main screens show no English-only string", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Des coloriages à imprimer, à partir de vos mots et de vos photos" })).toBeVisible();
    await expect(page.getByRole("img", { name: /Un coloriage intitulé/ }).first()).toHaveAttribute("src", /-fr\.png$/);
    await expectNoEnglish(page);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.goto("/about");
    await expect(page.getByRole("heading", { name: "Comment imprimer" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Photos et confidentialité" })).toBeVisible();
    await expectNoEnglish(page);

    // A member (not an admin): signs up through the French form, then walks the studio.
    await page.goto("/sign-up");
    await page.getByRole("textbox", { name: /^Nom/ }).fill("Camille");
    await page.getByLabel("Adresse e-mail").fill(newEmail("fr-walk"));
    await page.getByRole("textbox", { name: "Mot de passe" }).fill("correct horse battery");
    await page.getByRole("button", { name: "Créer un compte" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-up"));
    for (const path of ["/", "/coloring", "/photos", "/library", "/books", "/about"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoEnglish(page);
    }
  });
});

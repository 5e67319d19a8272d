import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { ColoringPage } from "./pages/coloring-page";
import { AuthPages, newEmail, openaiFail, openaiRequests, pngSize } from "./support";

test("make a coloring page offline, watch it, download, print, find it in the library, and delete it", async ({ page, browser }) => {
  await new AuthPages(page).signUp(newEmail("color"), "Alex");
  const coloring = new ColoringPage(page);
  await coloring.open();
  await expect(coloring.estimate).toContainText("Free");
  await coloring.make("dinosaurs at the beach");

  await expect(coloring.progress).toBeVisible();
  const imageId = await coloring.resultImageId();
  await expect(coloring.resultCost).toContainText("Free");

  const png = await coloring.downloadPng();
  expect(png.name).toBe("coloring-dinosaurs-at-the-beach.png");
  expect(pngSize(png.bytes)).toEqual({ width: 2550, height: 3300 });

  const print = await page.request.get(`/api/images/${imageId}/pdf`);
  expect(print.headers()["content-type"]).toBe("application/pdf");
  await page.goto(`/print/${imageId}?auto=0`);
  await expect(page.getByRole("img", { name: "dinosaurs at the beach" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main navigation" })).toHaveCount(0);

  await page.goto("/library");
  await expect(page.getByRole("link", { name: "dinosaurs at the beach" })).toBeVisible();

  // Another user sees nothing of it: 404 for the API and the page.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await new AuthPages(otherPage).signUp(newEmail("other"), "Other");
  expect((await otherPage.request.get(`/api/images/${imageId}`)).status()).toBe(404);
  expect((await otherPage.request.get(`/api/images/${imageId}/file`)).status()).toBe(404);
  const foreign = await otherPage.goto(`/images/${imageId}`);
  expect(foreign?.status()).toBe(404);
  await other.close();

  await page.getByRole("link", { name: "dinosaurs at the beach" }).click();
  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(/\/library/);
  await expect(page.getByRole("link", { name: "dinosaurs at the beach" })).toHaveCount(0);
  expect((await page.request.get(`/api/images/${imageId}`)).status()).toBe(404);
});

test("the same flow with the OpenAI engine against the test server", async ({ page, request }) => {
  await new AuthPages(page).signUp(newEmail("openai"), "Jo");
  const coloring = new ColoringPage(page);
  await coloring.open();
  await coloring.make("a rocket in space", { engine: "OpenAI — paid", quality: "Low", paper: "A4" });
  await expect(coloring.progress).toBeVisible();
  const imageId = await coloring.resultImageId();
  await expect(coloring.resultCost).toContainText("$");

  const png = await coloring.downloadPng();
  expect(pngSize(png.bytes)).toEqual({ width: 2480, height: 3508 });

  const calls = await openaiRequests(request);
  const generation = calls.find((c) => c.path === "/v1/images/generations" && String(c.body.prompt).includes("rocket"));
  expect(generation?.valid).toBe(true);
  expect(generation?.body.model).toBe("gpt-image-2.6-flare");
  const meta = (await (await page.request.get(`/api/images/${imageId}`)).json()) as { engine: string; costUsd: number };
  expect(meta.engine).toBe("openai");
  expect(meta.costUsd).toBeGreaterThan(0);

  // A prompt edit of the page becomes a new, linked version that stays print-ready.
  await page.goto(`/images/${imageId}`);
  await page.getByRole("button", { name: "Edit with OpenAI" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit this image" });
  await dialog.getByLabel("What should change?").fill("Add a small moon");
  await dialog.getByText("Change the whole image (no mask)").click();
  await dialog.getByRole("button", { name: "Make the edit" }).click();
  await expect(page).not.toHaveURL(new RegExp(`/images/${imageId}$`), { timeout: 60_000 });
  const editedId = page.url().split("/").pop()!;
  const edited = (await (await page.request.get(`/api/images/${editedId}`)).json()) as { kind: string; parentId: string; width: number; height: number };
  expect(edited).toMatchObject({ kind: "edit", parentId: imageId, width: 2480, height: 3508 });
  const edits = (await openaiRequests(request)).filter((c) => c.path === "/v1/images/edits");
  expect(edits.at(-1)?.valid).toBe(true);
});

test("pick a model and a vector page with OpenAI, then download its SVG", async ({ page, request }) => {
  await new AuthPages(page).signUp(newEmail("vector"), "Vi");
  const coloring = new ColoringPage(page);
  await coloring.open();
  await page.getByLabel("Theme").fill("a hot air balloon");
  await page.getByText("OpenAI — paid", { exact: true }).click();
  await page.getByLabel("Image model").selectOption("gpt-image-2.6-sunburst");
  await page.getByText("Low", { exact: true }).click();
  await page.getByRole("checkbox", { name: "Also make it a vector page (SVG)" }).check();
  // The estimate says what the SVG adds before anything is made.
  await expect(coloring.estimate).toContainText("for the SVG");
  await page.getByRole("button", { name: "Generate", exact: true }).click();
  const imageId = await coloring.resultImageId();

  const generation = (await openaiRequests(request)).find((c) => c.path === "/v1/images/generations" && String(c.body.prompt).includes("balloon"));
  expect(generation?.valid).toBe(true);
  expect(generation?.body).toMatchObject({ model: "gpt-image-2.6-sunburst", output_format: "svg" });

  await page.goto(`/images/${imageId}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download SVG" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.svg$/);
  const svg = fs.readFileSync(await download.path()).toString("utf8");
  expect(svg).toMatch(/<svg[\s>]/);
  expect(svg).not.toMatch(/<script/i);
});

test("every page shows its print check; a failing page is flagged, and pointing at a failed check rings it on the page", async ({ page, request }) => {
  await new AuthPages(page).signUp(newEmail("check"), "Ch");
  const coloring = new ColoringPage(page);
  await coloring.open();
  await coloring.make("a cat in the garden", { engine: "Offline — free" });
  const offlineId = await coloring.resultImageId();
  await page.goto(`/images/${offlineId}`);
  const check = page.getByRole("region", { name: "Print check" });
  await expect(check).toContainText("Checked for");
  await expect(check.getByRole("list", { name: "Print check" }).getByRole("listitem")).toHaveCount(7);
  await expect(check).toContainText(/Lines [\d.]+\smm thick/);

  // Both the page and its corrective retry come back cross-hatched: the page is kept, and flagged.
  await openaiFail(request, { kind: "hatched", times: 2 });
  await coloring.open();
  await coloring.make("a lighthouse by the sea", { engine: "OpenAI — paid", quality: "Low" });
  const flaggedId = await coloring.resultImageId();
  await page.goto(`/images/${flaggedId}`);
  await expect(check).toContainText(/checks? did not pass/);
  const failing = check.getByRole("button").first();
  await expect(page.getByTestId("print-check-highlights")).toHaveCount(0);
  await failing.focus();
  await expect(page.getByTestId("print-check-highlights")).toBeVisible();
  await failing.blur();
  await expect(page.getByTestId("print-check-highlights")).toHaveCount(0);

  await page.goto("/library");
  await expect(page.getByText("Needs attention").first()).toBeVisible();
});

test("the interface speaks French", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-FR", extraHTTPHeaders: { "accept-language": "fr-FR,fr;q=0.9" } });
  const page = await context.newPage();
  await page.goto("/sign-up");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await page.getByLabel("Nom").fill("Zoé");
  await page.getByLabel("Adresse e-mail").fill(newEmail("fr"));
  await page.getByLabel("Mot de passe").fill("un mot de passe solide");
  await page.getByRole("button", { name: "Créer un compte" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-up"));
  await page.goto("/coloring");
  await expect(page.getByLabel("Thème")).toBeVisible();
  await expect(page.getByRole("button", { name: "Créer le coloriage" })).toBeVisible();
  await context.close();
});

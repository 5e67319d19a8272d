import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// The API reference is public: anyone evaluating Inkwell from code reads it before signing up.
test("the API reference at /docs/api lists the operations and has no serious accessibility problems", async ({ page }) => {
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Contents" })).toBeVisible();
  await expect(page.getByText("/api/scenes/variations").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "The OpenAPI 3.1 document (JSON)" })).toHaveAttribute("href", "/api/openapi.json");

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);

  // Open one schema, as a reader would, and scan again: the expanded code must stay accessible.
  await page.getByText("Show the schema").first().click();
  const expanded = await new AxeBuilder({ page }).analyze();
  expect(expanded.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

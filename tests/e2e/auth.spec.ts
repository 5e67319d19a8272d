import { expect, test } from "@playwright/test";
import { AuthPages, newEmail } from "./support";

test("a visitor is sent to sign in, signs up, signs out and back in", async ({ page }) => {
  const auth = new AuthPages(page);
  await page.goto("/library");
  await expect(page).toHaveURL(/\/sign-in/);

  const email = newEmail("auth");
  await auth.signUp(email, "Camille");
  await expect(page.getByRole("heading", { name: "Hello, Camille!" })).toBeVisible();

  await auth.signOut();
  await auth.signIn(email, "a wrong password");
  await expect(page.getByRole("alert").filter({ hasText: "don’t match" })).toBeVisible();

  await auth.signIn(email);
  await expect(page.getByRole("heading", { name: "Hello, Camille!" })).toBeVisible();
});

test("sign-up refuses a short password and a duplicate email with clear messages", async ({ page }) => {
  const auth = new AuthPages(page);
  await auth.signUp(newEmail("short"), "Lou", "short", "refusal");
  await expect(page.getByText("Your password needs at least 8 characters.")).toBeVisible();

  const email = newEmail("dup");
  await auth.signUp(email, "Lou");
  await expect(page.getByRole("heading", { name: "Hello, Lou!" })).toBeVisible();
  await auth.signOut();
  await auth.signUp(email, "Lou again", undefined, "refusal");
  await expect(page.getByText("An account already uses this email.").first()).toBeVisible();
});

test("the API answers 401 JSON without a session", async ({ request }) => {
  const response = await request.get("/api/images");
  expect(response.status()).toBe(401);
  expect(await response.json()).toMatchObject({ code: "unauthorized:session" });
  // Anonymous callers learn only whether the service is up.
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ ok: true });
});

test("a personal API token calls the same routes as the browser", async ({ page, request }) => {
  const auth = new AuthPages(page);
  await auth.signUp(newEmail("token"), "Robin");
  await page.goto("/settings");
  await page.getByLabel("Token name").fill("my script");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  expect(token).toMatch(/^ink_/);

  const list = await request.get("/api/images", { headers: { authorization: `Bearer ${token}` } });
  expect(list.status()).toBe(200);
  expect(await list.json()).toEqual({ items: [], nextCursor: null });

  await page.getByRole("button", { name: "Revoke: my script" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByText("No tokens yet.")).toBeVisible();
  const after = await request.get("/api/images", { headers: { authorization: `Bearer ${token}` } });
  expect(after.status()).toBe(401);
});

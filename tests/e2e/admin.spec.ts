import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { ADMIN_EMAIL } from "./accounts";
import { AuthPages, PASSWORD, newEmail } from "./support";

/** Page object for the Admin page; selectors by role and label. */
class AdminPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto("/admin");
    await expect(this.page.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible();
  }

  async invite(): Promise<string> {
    await this.page.getByRole("button", { name: "Create invitation link" }).click();
    return (await this.page.getByTestId("invitation-link").textContent())!.trim();
  }

  row(email: string) {
    return this.page.getByRole("listitem", { name: email });
  }

  async setBudget(email: string, dollars: string): Promise<void> {
    await this.row(email).getByLabel("Monthly budget (US dollars)").fill(dollars);
    await this.row(email).getByRole("button", { name: "Save" }).click();
    await expect(this.page.getByText(`Saved: ${email}.`)).toBeVisible();
  }

  async disable(email: string): Promise<void> {
    await this.row(email).getByRole("button", { name: "Disable account" }).click();
    await expect(this.row(email).getByText("Disabled", { exact: true })).toBeVisible();
  }
}

/** Accessibility violations axe rates serious or critical on the current page. */
async function seriousAxeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`);
}

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test("an admin invites a member who signs up; caps the member's budget, which the member cannot raise; disables the member, who is signed out", async ({ browser }) => {
  // Three people's browsers and two accessibility scans: more than one page's worth of time.
  test.setTimeout(180_000);
  const adminPage = await newPage(browser);
  await new AuthPages(adminPage).signUp(ADMIN_EMAIL, "Operator");
  const admin = new AdminPage(adminPage);
  await admin.open();
  const link = await admin.invite();
  expect(link).toMatch(/\/sign-up\?invite=/);

  // The member signs up through the link, which then no longer works.
  const memberPage = await newPage(browser);
  const member = newEmail("member");
  await memberPage.goto(link);
  await expect(memberPage.getByText("You were invited to Inkwell")).toBeVisible();
  await memberPage.getByLabel("Name").fill("Morgan");
  await memberPage.getByLabel("Email").fill(member);
  await memberPage.getByLabel("Password").fill(PASSWORD);
  await memberPage.getByRole("button", { name: "Sign up" }).click();
  await expect(memberPage.getByRole("heading", { name: "Hello, Morgan!" })).toBeVisible();
  const stranger = await newPage(browser);
  await stranger.goto(link);
  await expect(stranger.getByText("This invitation link is not valid")).toBeVisible();

  // The admin caps the member's budget; the member may lower it but not raise it.
  await admin.open();
  await expect(admin.row(member)).toBeVisible();
  await admin.setBudget(member, "5");
  await memberPage.goto("/settings");
  const budget = memberPage.getByLabel("Monthly budget (US dollars)");
  await expect(budget).toHaveValue("5");
  await budget.fill("50");
  await memberPage.getByRole("button", { name: "Save" }).first().click();
  await expect(memberPage.getByText("only an administrator can raise your budget")).toBeVisible();
  await memberPage.reload();
  await expect(memberPage.getByLabel("Monthly budget (US dollars)")).toHaveValue("5");
  expect(await seriousAxeViolations(memberPage)).toEqual([]);

  // The admin disables the member: the member's next page load is a sign-in page, and signing in is refused.
  await admin.disable(member);
  await memberPage.goto("/library");
  await expect(memberPage).toHaveURL(/\/sign-in/);
  await new AuthPages(memberPage).signIn(member);
  await expect(memberPage.getByText("This account has been disabled by an administrator.")).toBeVisible();

  // Every step is in the audit trail.
  await admin.open();
  expect(await seriousAxeViolations(adminPage)).toEqual([]);
  const audit = adminPage.getByRole("region", { name: "Audit trail" });
  await expect(audit.getByText("disabled")).toBeVisible();
  await expect(audit.getByText("changed the budget of")).toBeVisible();
  await expect(audit.getByText("created an invitation")).toBeVisible();
});

test("members have no Admin page", async ({ page }) => {
  await new AuthPages(page).signUp(newEmail("curious"), "Curious");
  await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(404);
  const api = await page.request.get("/api/admin/users");
  expect(api.status()).toBe(403);
});

import { beforeAll, describe, expect, it } from "vitest";
import { GET as audit } from "@/app/api/admin/audit/route";
import { DELETE as withdraw } from "@/app/api/admin/invitations/[id]/route";
import { POST as invite } from "@/app/api/admin/invitations/route";
import { PATCH as patchUser } from "@/app/api/admin/users/[id]/route";
import { GET as overview } from "@/app/api/admin/users/route";
import { saveOwnSettings } from "@/lib/account/settings";
import { changeUserAsAdmin, getAdminOverview } from "@/lib/admin/users";
import { getMonthlySpend } from "@/lib/billing/budget";
import { reserveSpend } from "@/lib/billing/reservation";
import { db } from "@/lib/db/client";
import { configureEngine, createTestUser } from "../support/harness";
import { call } from "../support/routes";
import { SAME_SITE, sessionCookie } from "../support/sessions";

let root: { id: string; email: string; cookie: string };
let member: { id: string; email: string; token: string };

async function billedJob(userId: string, costMicroUsd: number, status = "succeeded", estimatedCostMicroUsd = 0): Promise<void> {
  await db().job.create({ data: { userId, kind: "coloring", input: "{}", engine: "openai", model: "gpt-image-2", status, costMicroUsd, estimatedCostMicroUsd } });
}

const reserve = (userId: string, amountMicroUsd: number) => db().$transaction((tx) => reserveSpend(tx, { userId, amountMicroUsd }));

beforeAll(async () => {
  configureEngine({ extra: { LIMIT_API_PER_MINUTE: "100000", MONTHLY_BUDGET_USD: "20", GLOBAL_MONTHLY_BUDGET_USD: "" } });
  const admin = await createTestUser("root");
  await db().user.update({ where: { id: admin.id }, data: { role: "admin" } });
  root = { id: admin.id, email: admin.email, cookie: (await sessionCookie(admin.id)).cookie };
  member = await createTestUser("member");
});

const asRoot = { cookie: "", ...SAME_SITE };

describe("budgets are the operator's decision", () => {
  it("an admin sets a member's budget; the member may lower it, up to exactly that figure, never above", async () => {
    const res = await call(patchUser, { method: "PATCH", params: { id: member.id }, headers: { ...asRoot, cookie: root.cookie }, body: { budgetUsd: 5 } });
    expect(res.status).toBe(200);
    expect((await getMonthlySpend({ userId: member.id })).budgetMicroUsd).toBe(5_000_000);
    await saveOwnSettings({ user: member, input: { name: "", monthlyBudgetUsd: 2 } });
    expect((await getMonthlySpend({ userId: member.id })).budgetMicroUsd).toBe(2_000_000);
    await expect(saveOwnSettings({ user: member, input: { name: "", monthlyBudgetUsd: 5.01 } })).rejects.toMatchObject({ code: "forbidden:budget_cap", status: 403 });
    await expect(saveOwnSettings({ user: member, input: { name: "", monthlyBudgetUsd: 100_000 } })).rejects.toMatchObject({ code: "forbidden:budget_cap" });
    await saveOwnSettings({ user: member, input: { name: "", monthlyBudgetUsd: 5 } });
    const spend = await getMonthlySpend({ userId: member.id });
    expect(spend).toMatchObject({ budgetMicroUsd: 5_000_000, capMicroUsd: 5_000_000, ownLimitMicroUsd: null });
  });

  it("without an admin's figure the default applies, and an old self-set budget cannot lift it", async () => {
    const user = await createTestUser("legacy");
    await db().user.update({ where: { id: user.id }, data: { ownLimitUsd: 100_000 } });
    expect((await getMonthlySpend({ userId: user.id })).budgetMicroUsd).toBe(20_000_000);
  });

  it("refuses paid work just over the user's budget and accepts it just within", async () => {
    const user = await createTestUser("spender");
    await db().user.update({ where: { id: user.id }, data: { budgetUsd: 1 } });
    await billedJob(user.id, 600_000);
    // A billed job that failed still counts.
    await billedJob(user.id, 50_000, "failed");
    await billedJob(user.id, 0, "queued", 300_000);
    await expect(reserve(user.id, 50_001)).rejects.toMatchObject({ code: "budget:exceeded", status: 402 });
    await expect(reserve(user.id, 50_000)).resolves.toMatchObject({ amountMicroUsd: 50_000 });
    await expect(reserve(user.id, 1)).rejects.toMatchObject({ code: "budget:exceeded" });
  });

  it("GLOBAL_MONTHLY_BUDGET_USD caps the whole installation, whatever each user's budget", async () => {
    const total = (await getAdminOverview()).installation;
    const used = total.spentMicroUsd + total.pendingMicroUsd;
    configureEngine({ extra: { GLOBAL_MONTHLY_BUDGET_USD: String((used + 1_000_000) / 1_000_000) } });
    try {
      const rich = await createTestUser("rich");
      await db().user.update({ where: { id: rich.id }, data: { budgetUsd: 1000 } });
      await expect(reserve(rich.id, 1_000_001)).rejects.toMatchObject({ code: "budget:installation" });
      await expect(reserve(rich.id, 1_000_000)).resolves.toMatchObject({ amountMicroUsd: 1_000_000 });
      const summary = (await getAdminOverview()).installation;
      expect(summary.capMicroUsd).toBe(used + 1_000_000);
      // The page shows what the counter holds: the reservation is pending in the total.
      expect(summary.spentMicroUsd + summary.pendingMicroUsd).toBe(used + 1_000_000);
    } finally {
      configureEngine({ extra: { GLOBAL_MONTHLY_BUDGET_USD: "" } });
    }
  });
});

describe("the Admin page's data and actions", () => {
  it("lists every user with this month's spend, budget and role", async () => {
    const user = await createTestUser("listed");
    await billedJob(user.id, 250_000);
    const res = await call(overview, { headers: { cookie: root.cookie } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { users: Array<{ id: string; role: string; spentMicroUsd: number; budgetMicroUsd: number }>; installation: { capMicroUsd: number | null } };
    expect(body.users.find((u) => u.id === user.id)).toMatchObject({ role: "member", spentMicroUsd: 250_000, budgetMicroUsd: 20_000_000 });
    expect(body.users.find((u) => u.id === root.id)).toMatchObject({ role: "admin" });
    expect(body.installation.capMicroUsd).toBeNull();
  });

  it("refuses to let admins lock themselves out, or demote an ADMIN_EMAILS admin", async () => {
    const actor = { id: root.id, email: root.email };
    await expect(changeUserAsAdmin({ actor, userId: root.id, patch: { disabled: true } })).rejects.toMatchObject({ code: "conflict:self" });
    await expect(changeUserAsAdmin({ actor, userId: root.id, patch: { role: "member" } })).rejects.toMatchObject({ code: "conflict:self" });
    const configured = await createTestUser("configured");
    configureEngine({ extra: { ADMIN_EMAILS: configured.email } });
    try {
      await expect(changeUserAsAdmin({ actor, userId: configured.id, patch: { role: "member" } })).rejects.toMatchObject({ code: "conflict:configured_admin" });
    } finally {
      configureEngine({ extra: { ADMIN_EMAILS: "" } });
    }
    await expect(changeUserAsAdmin({ actor, userId: "no-such-user", patch: { budgetUsd: 1 } })).rejects.toMatchObject({ status: 404 });
  });

  it("records each change in the audit trail, with the values before and after", async () => {
    const user = await createTestUser("audited");
    const actor = { id: root.id, email: root.email };
    await changeUserAsAdmin({ actor, userId: user.id, patch: { role: "admin", budgetUsd: 7 } });
    await changeUserAsAdmin({ actor, userId: user.id, patch: { disabled: true } });
    await changeUserAsAdmin({ actor, userId: user.id, patch: { disabled: true } });
    const res = await call(audit, { headers: { cookie: root.cookie } });
    const items = ((await res.json()) as { items: Array<{ action: string; targetUserId: string; actorEmail: string; details: Record<string, unknown> }> }).items.filter((e) => e.targetUserId === user.id);
    expect(items.map((e) => e.action).sort()).toEqual(["user.budget", "user.disable", "user.role"]);
    expect(items.find((e) => e.action === "user.budget")).toMatchObject({ actorEmail: root.email, details: { from: null, to: 7 } });
    expect(items.find((e) => e.action === "user.role")?.details).toEqual({ from: "member", to: "admin" });
  });

  it("makes invitation links, shown once, and withdraws unused ones", async () => {
    const made = await call(invite, { method: "POST", headers: { ...asRoot, cookie: root.cookie }, body: { role: "member", email: "Friend@Example.test" } });
    expect(made.status).toBe(201);
    const body = (await made.json()) as { id: string; link: string; email: string; status: string };
    expect(body).toMatchObject({ email: "friend@example.test", status: "pending" });
    expect(body.link).toMatch(/^http:\/\/localhost\/sign-up\?invite=[A-Za-z0-9_-]{32}$/);
    expect(JSON.stringify(await db().invitation.findUniqueOrThrow({ where: { id: body.id } }))).not.toContain(new URL(body.link).searchParams.get("invite")!);
    const gone = await call(withdraw, { method: "DELETE", params: { id: body.id }, headers: { ...asRoot, cookie: root.cookie } });
    expect(gone.status).toBe(204);
    const again = await call(withdraw, { method: "DELETE", params: { id: body.id }, headers: { ...asRoot, cookie: root.cookie } });
    expect(again.status).toBe(404);
  });

  it("rejects bad changes with field errors", async () => {
    const res = await call(patchUser, { method: "PATCH", params: { id: member.id }, headers: { ...asRoot, cookie: root.cookie }, body: { budgetUsd: -1 } });
    expect(res.status).toBe(400);
    const none = await call(patchUser, { method: "PATCH", params: { id: member.id }, headers: { ...asRoot, cookie: root.cookie }, body: {} });
    expect(none.status).toBe(400);
  });
});

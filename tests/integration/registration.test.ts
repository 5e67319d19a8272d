import { afterEach, describe, expect, it } from "vitest";
import { signUp } from "@/lib/auth/accounts";
import { createInvitation } from "@/lib/auth/invitations";
import { createOAuthUser, oauthSignInRefusal } from "@/lib/auth/oauth";
import { db } from "@/lib/db/client";
import { configureEngine } from "../support/harness";

const PASSWORD = "a good password";
let ipCounter = 0;
// Each sign-up from its own address, so the per-address limit does not interfere (it has its own tests).
const ip = () => `198.51.100.${++ipCounter}`;
const email = (label: string) => `${label}-${ipCounter}-${Math.random().toString(36).slice(2, 8)}@example.test`;

function mode(signUpMode: "open" | "invite" | "closed", extra: Record<string, string> = {}): void {
  configureEngine({ extra: { SIGNUP_MODE: signUpMode, ADMIN_EMAILS: "", ...extra } });
}

afterEach(() => mode("open"));

describe("roles at sign-up", () => {
  it("makes the installation's first account an admin, once, even when two sign up at the same time", async () => {
    mode("open");
    const accounts = await Promise.all([0, 1, 2].map((i) => signUp({ name: "", email: email(`first${i}`), password: PASSWORD }, { ip: ip() })));
    expect(accounts.filter((a) => a.role === "admin")).toHaveLength(1);
    const later = await signUp({ name: "", email: email("later"), password: PASSWORD }, { ip: ip() });
    expect(later.role).toBe("member");
    expect(await db().systemFlag.count({ where: { name: "first-admin" } })).toBe(1);
  });

  it("makes every email of ADMIN_EMAILS an admin, and OAuth accounts follow the same rules", async () => {
    const boss = email("boss");
    mode("open", { ADMIN_EMAILS: `someone@example.test, ${boss.toUpperCase()}` });
    expect((await signUp({ name: "", email: boss, password: PASSWORD }, { ip: ip() })).role).toBe("admin");
    const oauthBoss = email("oauth-boss");
    mode("open", { ADMIN_EMAILS: oauthBoss });
    expect((await createOAuthUser({ email: oauthBoss, name: "Boss" })).role).toBe("admin");
    expect((await createOAuthUser({ email: email("oauth-member") })).role).toBe("member");
  });
});

describe("SIGNUP_MODE", () => {
  it("closed: no new account, invitation or not", async () => {
    mode("closed");
    const { token } = await createInvitation({ actor: null, input: { role: "member", email: null } });
    await expect(signUp({ name: "", email: email("closed"), password: PASSWORD }, { ip: ip() })).rejects.toMatchObject({ code: "forbidden:signup_closed", status: 403 });
    await expect(signUp({ name: "", email: email("closed"), password: PASSWORD, invitation: token }, { ip: ip() })).rejects.toMatchObject({ code: "forbidden:signup_closed" });
    expect(await oauthSignInRefusal({ provider: "github", providerAccountId: "new-person" })).toBe("signup_closed");
  });

  it("invite: only with a valid invitation, which works once", async () => {
    mode("invite");
    await expect(signUp({ name: "", email: email("nobody"), password: PASSWORD }, { ip: ip() })).rejects.toMatchObject({ code: "forbidden:invitation_required" });
    expect(await oauthSignInRefusal({ provider: "google", providerAccountId: "new-person" })).toBe("signup_closed");
    const { token, invitation } = await createInvitation({ actor: null, input: { role: "member", email: null } });
    const invited = await signUp({ name: "Invited", email: email("invited"), password: PASSWORD, invitation: token }, { ip: ip() });
    expect(invited.role).toBe("member");
    expect(await db().invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({ usedById: invited.id });
    await expect(signUp({ name: "", email: email("again"), password: PASSWORD, invitation: token }, { ip: ip() })).rejects.toMatchObject({ code: "forbidden:invitation" });
    await expect(signUp({ name: "", email: email("forged"), password: PASSWORD, invitation: "not-a-real-token" }, { ip: ip() })).rejects.toMatchObject({ code: "forbidden:invitation" });
  });

  it("an invitation link is single-use even when two sign-ups race for it", async () => {
    mode("invite");
    const { token } = await createInvitation({ actor: null, input: { role: "member", email: null } });
    const results = await Promise.allSettled([0, 1, 2].map((i) => signUp({ name: "", email: email(`race${i}`), password: PASSWORD, invitation: token }, { ip: ip() })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("an invitation expires, can be for one address only, and can make an admin", async () => {
    mode("invite");
    const expired = await createInvitation({ actor: null, input: { role: "member", email: null, expiresInHours: 1 }, now: new Date(Date.now() - 2 * 3_600_000) });
    await expect(signUp({ name: "", email: email("late"), password: PASSWORD, invitation: expired.token }, { ip: ip() })).rejects.toMatchObject({ code: "forbidden:invitation" });
    const target = email("target");
    const personal = await createInvitation({ actor: null, input: { role: "admin", email: target } });
    await expect(signUp({ name: "", email: email("someone-else"), password: PASSWORD, invitation: personal.token }, { ip: ip() })).rejects.toMatchObject({ code: "forbidden:invitation" });
    // The refused attempt did not use the link up.
    const admin = await signUp({ name: "", email: target, password: PASSWORD, invitation: personal.token }, { ip: ip() });
    expect(admin.role).toBe("admin");
  });

  it("a duplicate email undoes the whole sign-up: the invitation stays usable", async () => {
    mode("invite");
    const taken = email("taken");
    const first = await createInvitation({ actor: null, input: { role: "member", email: null } });
    await signUp({ name: "", email: taken, password: PASSWORD, invitation: first.token }, { ip: ip() });
    const second = await createInvitation({ actor: null, input: { role: "member", email: null } });
    await expect(signUp({ name: "", email: taken, password: PASSWORD, invitation: second.token }, { ip: ip() })).rejects.toMatchObject({ code: "conflict:email" });
    expect(await db().invitation.findUniqueOrThrow({ where: { id: second.invitation.id } })).toMatchObject({ usedAt: null });
  });
});

describe("OAuth sign-in of existing accounts", () => {
  it("refuses a disabled account and lets an enabled one in, whatever the mode", async () => {
    mode("closed");
    const user = await db().user.create({ data: { email: email("oauth"), accounts: { create: { type: "oauth", provider: "github", providerAccountId: "gh-1" } } } });
    expect(await oauthSignInRefusal({ provider: "github", providerAccountId: "gh-1" })).toBeNull();
    await db().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await oauthSignInRefusal({ provider: "github", providerAccountId: "gh-1" })).toBe("disabled");
  });
});

import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listImages } from "@/app/api/images/route";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...nextauth]/route";
import { PATCH as adminPatch } from "@/app/api/admin/users/[id]/route";
import { POST as adminSignOut } from "@/app/api/admin/users/[id]/sign-out/route";
import { changePassword } from "@/lib/account/password";
import { hashPassword } from "@/lib/auth/password";
import { resolveSession, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/sessions";
import { db } from "@/lib/db/client";
import { configureEngine, createTestUser } from "../support/harness";
import { call } from "../support/routes";
import { SAME_SITE, sessionCookie } from "../support/sessions";
import { tokenFor } from "../support/tokens";

async function status(cookie: string): Promise<number> {
  return (await call(listImages, { path: "/api/images", headers: { cookie } })).status;
}

let admin: { id: string; cookie: string };

beforeAll(async () => {
  configureEngine({ extra: { LIMIT_API_PER_MINUTE: "100000" } });
  const user = await createTestUser("root");
  await db().user.update({ where: { id: user.id }, data: { role: "admin" } });
  admin = { id: user.id, cookie: (await sessionCookie(user.id)).cookie };
});

describe("a browser session is checked against the database on every request", () => {
  it("works while its row exists, and not with a cookie that names no session", async () => {
    const user = await createTestUser("alive");
    const { cookie } = await sessionCookie(user.id);
    expect(await status(cookie)).toBe(200);
    const forged = await encode({ token: { sub: user.id, sid: "no-such-session" }, secret: process.env.AUTH_SECRET!, salt: "authjs.session-token" });
    expect(await status(`authjs.session-token=${forged}`)).toBe(401);
    // A cookie from before server-side sessions (no sid) no longer signs anyone in.
    const legacy = await encode({ token: { sub: user.id }, secret: process.env.AUTH_SECRET!, salt: "authjs.session-token" });
    expect(await status(`authjs.session-token=${legacy}`)).toBe(401);
    // Another secret: not a cookie of this server.
    const foreign = await encode({ token: { sub: user.id, sid: "x" }, secret: "another-secret-another-secret-0123456789", salt: "authjs.session-token" });
    expect(await status(`authjs.session-token=${foreign}`)).toBe(401);
  });

  it("ends on the server when the browser signs out", async () => {
    const user = await createTestUser("leaver");
    const { cookie, sessionToken } = await sessionCookie(user.id);
    const csrf = await authGet(new NextRequest("http://localhost/api/auth/csrf"));
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const out = await authPost(
      new NextRequest("http://localhost/api/auth/signout", {
        method: "POST",
        headers: { cookie: `${cookie}; ${csrfCookie}`, "content-type": "application/x-www-form-urlencoded", ...SAME_SITE },
        body: new URLSearchParams({ csrfToken, callbackUrl: "/sign-in" }).toString(),
      }),
    );
    expect(out.status).toBeLessThan(400);
    expect(await db().session.count({ where: { sessionToken } })).toBe(0);
    // A copy of the old cookie kept elsewhere is refused too.
    expect(await status(cookie)).toBe(401);
  });

  it("a password change ends every other session of the account, not the one that made it", async () => {
    const user = await createTestUser("changer");
    await db().user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword("old password 1") } });
    const here = await sessionCookie(user.id);
    const elsewhere = await sessionCookie(user.id);
    await expect(changePassword({ user: { id: user.id, email: user.email }, sessionToken: here.sessionToken, input: { current: "wrong", next: "new password 2" }, ip: "192.0.2.10" })).rejects.toMatchObject({ code: "invalid:current_password" });
    expect(await status(elsewhere.cookie)).toBe(200);
    const result = await changePassword({ user: { id: user.id, email: user.email }, sessionToken: here.sessionToken, input: { current: "old password 1", next: "new password 2" }, ip: "192.0.2.10" });
    expect(result.endedSessions).toBe(1);
    expect(await status(here.cookie)).toBe(200);
    expect(await status(elsewhere.cookie)).toBe(401);
  });

  it("disabling an account stops its sessions and tokens at once; enabling brings back the tokens only", async () => {
    const user = await createTestUser("member");
    const { cookie } = await sessionCookie(user.id);
    expect(await status(cookie)).toBe(200);
    const off = await call(adminPatch, { method: "PATCH", path: `/api/admin/users/${user.id}`, params: { id: user.id }, headers: { cookie: admin.cookie, ...SAME_SITE }, body: { disabled: true } });
    expect(off.status).toBe(200);
    expect(await status(cookie)).toBe(401);
    const byToken = await call(listImages, { path: "/api/images", token: user.token });
    expect(byToken.status).toBe(403);
    expect(await byToken.json()).toMatchObject({ code: "forbidden:account_disabled" });
    await call(adminPatch, { method: "PATCH", path: `/api/admin/users/${user.id}`, params: { id: user.id }, headers: { cookie: admin.cookie, ...SAME_SITE }, body: { disabled: false } });
    expect((await call(listImages, { path: "/api/images", token: user.token })).status).toBe(200);
    expect(await status(cookie)).toBe(401);
  });

  it("an admin's 'sign out everywhere' ends every session of the account", async () => {
    const user = await createTestUser("everywhere");
    const a = await sessionCookie(user.id);
    const b = await sessionCookie(user.id);
    const res = await call(adminSignOut, { method: "POST", path: `/api/admin/users/${user.id}/sign-out`, params: { id: user.id }, headers: { cookie: admin.cookie, ...SAME_SITE } });
    expect(await res.json()).toEqual({ endedSessions: 2 });
    expect(await status(a.cookie)).toBe(401);
    expect(await status(b.cookie)).toBe(401);
    expect(await db().auditEvent.count({ where: { action: "user.sign_out", targetUserId: user.id } })).toBe(1);
  });

  it("keeps an active session alive, pushing its expiry at most once a day", async () => {
    const user = await createTestUser("roller");
    const { sessionToken } = await sessionCookie(user.id);
    const fresh = await db().session.findUniqueOrThrow({ where: { sessionToken } });
    await resolveSession(sessionToken);
    expect((await db().session.findUniqueOrThrow({ where: { sessionToken } })).expires).toEqual(fresh.expires);
    const old = new Date(Date.now() + 2 * 86_400_000);
    await db().session.update({ where: { sessionToken }, data: { expires: old } });
    expect(await resolveSession(sessionToken)).not.toBeNull();
    const pushed = (await db().session.findUniqueOrThrow({ where: { sessionToken } })).expires.getTime();
    expect(pushed).toBeGreaterThan(Date.now() + (SESSION_MAX_AGE_SECONDS - 60) * 1000);
    await db().session.update({ where: { sessionToken }, data: { expires: new Date(Date.now() - 1000) } });
    expect(await resolveSession(sessionToken)).toBeNull();
  });
});

describe("personal API tokens", () => {
  it("stop working when they expire or are revoked", async () => {
    const user = await createTestUser("tokens");
    const token = await tokenFor(user.id, "read", 1);
    expect((await call(listImages, { path: "/api/images", token })).status).toBe(200);
    await db().apiToken.updateMany({ where: { userId: user.id, scope: "read" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await call(listImages, { path: "/api/images", token })).status).toBe(401);
    await db().apiToken.updateMany({ where: { userId: user.id, scope: "generate" }, data: { revokedAt: new Date() } });
    expect((await call(listImages, { path: "/api/images", token: user.token })).status).toBe(401);
  });
});

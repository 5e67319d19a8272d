import { beforeAll, describe, expect, it } from "vitest";
import { GET as listBooksRoute, POST as createBookRoute } from "@/app/api/books/route";
import { DELETE as deleteBookRoute, GET as bookRoute, PATCH as patchBookRoute } from "@/app/api/books/[id]/route";
import { POST as addPagesRoute } from "@/app/api/books/[id]/pages/route";
import { GET as exportBookRoute } from "@/app/api/books/[id]/export/route";
import { GET as coverPreviewRoute } from "@/app/api/books/[id]/cover-preview/route";
import { GET as modelsRoute } from "@/app/api/models/route";
import { GET as healthRoute } from "@/app/api/health/route";
import { GET as openApiRoute } from "@/app/api/openapi.json/route";
import { GET as listTokensRoute, POST as createTokenRoute } from "@/app/api/tokens/route";
import { DELETE as deleteTokenRoute } from "@/app/api/tokens/[id]/route";
import { GET as overviewRoute } from "@/app/api/admin/users/route";
import { PATCH as patchUserRoute } from "@/app/api/admin/users/[id]/route";
import { POST as signOutRoute } from "@/app/api/admin/users/[id]/sign-out/route";
import { GET as invitationsRoute, POST as inviteRoute } from "@/app/api/admin/invitations/route";
import { DELETE as withdrawRoute } from "@/app/api/admin/invitations/[id]/route";
import { GET as auditRoute } from "@/app/api/admin/audit/route";
import { db } from "@/lib/db/client";
import { makeOfflinePages } from "../support/book-fixtures";
import { configureEngine, createTestUser } from "../support/harness";
import { callDocumented } from "../support/documented";
import { SAME_SITE, sessionCookie } from "../support/sessions";

// Every answer below is checked against the OpenAPI document by callDocumented.

const SLOW = 240_000;
let alice: { id: string; token: string };
let member: { id: string; token: string };
let aliceSession: Record<string, string>;
let rootSession: Record<string, string>;

beforeAll(async () => {
  configureEngine({ engine: "offline" });
  alice = await createTestUser("account-alice");
  member = await createTestUser("account-member");
  aliceSession = { ...SAME_SITE, cookie: (await sessionCookie(alice.id)).cookie };
  const root = await createTestUser("account-root");
  await db().user.update({ where: { id: root.id }, data: { role: "admin" } });
  rootSession = { ...SAME_SITE, cookie: (await sessionCookie(root.id)).cookie };
});

describe("books answer as documented", () => {
  it("create, list, read, change, add pages, export, cover preview, delete", async () => {
    const created = await callDocumented(createBookRoute, "POST /api/books", { token: alice.token, body: { title: "Ocean animals", trim: "8.5x8.5" } });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    await callDocumented(createBookRoute, "POST /api/books", { token: alice.token, body: { title: "" } });
    await callDocumented(listBooksRoute, "GET /api/books", { token: alice.token });
    await callDocumented(patchBookRoute, "PATCH /api/books/{id}", { token: alice.token, params: { id }, body: { title: "Ocean friends", printOnDemand: { bleed: true, paper: "white" } } });
    // No pages yet: the interior cannot be exported.
    expect((await callDocumented(exportBookRoute, "GET /api/books/{id}/export", { token: alice.token, params: { id }, query: "?part=interior" })).status).toBe(409);
    const imageIds = await makeOfflinePages(alice.token, ["turtle"]);
    const withPages = await callDocumented(addPagesRoute, "POST /api/books/{id}/pages", { token: alice.token, params: { id }, body: { imageIds } });
    expect(withPages.status).toBe(201);
    expect((await callDocumented(bookRoute, "GET /api/books/{id}", { token: alice.token, params: { id } })).body.pages).toHaveLength(1);
    expect((await callDocumented(bookRoute, "GET /api/books/{id}", { token: member.token, params: { id } })).status).toBe(404);
    expect((await callDocumented(exportBookRoute, "GET /api/books/{id}/export", { token: alice.token, params: { id }, query: "?part=zip" })).status).toBe(200);
    expect((await callDocumented(coverPreviewRoute, "GET /api/books/{id}/cover-preview", { token: alice.token, params: { id } })).status).toBe(200);
    expect((await callDocumented(deleteBookRoute, "DELETE /api/books/{id}", { token: alice.token, params: { id } })).status).toBe(204);
  }, SLOW);
});

describe("the server, tokens and admin answer as documented", () => {
  it("models, health (anonymous and admin), the document itself", async () => {
    const models = await callDocumented(modelsRoute, "GET /api/models", { token: alice.token });
    expect((models.body.models as unknown[]).length).toBeGreaterThan(0);
    expect((await callDocumented(modelsRoute, "GET /api/models")).status).toBe(401);
    expect((await callDocumented(healthRoute, "GET /api/health")).body).toEqual({ ok: true });
    expect((await callDocumented(healthRoute, "GET /api/health", { headers: rootSession })).body).toHaveProperty("database");
    expect((await callDocumented(openApiRoute, "GET /api/openapi.json")).body.openapi).toBe("3.1.0");
  });

  it("tokens: list, create (secret once), revoke; a token may not manage tokens", async () => {
    await callDocumented(listTokensRoute, "GET /api/tokens", { headers: aliceSession });
    const created = await callDocumented(createTokenRoute, "POST /api/tokens", { headers: aliceSession, body: { name: "laptop", scope: "read", expiresInDays: 30 } });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^ink_/);
    await callDocumented(createTokenRoute, "POST /api/tokens", { headers: aliceSession, body: { name: "" } });
    expect((await callDocumented(listTokensRoute, "GET /api/tokens", { token: alice.token })).status).toBe(403);
    expect((await callDocumented(deleteTokenRoute, "DELETE /api/tokens/{id}", { headers: aliceSession, params: { id: created.body.id as string } })).status).toBe(204);
  });

  it("admin: overview, change an account, sign it out, invitations, audit; members are refused", async () => {
    await callDocumented(overviewRoute, "GET /api/admin/users", { headers: rootSession });
    expect((await callDocumented(overviewRoute, "GET /api/admin/users", { headers: aliceSession })).status).toBe(403);
    const patched = await callDocumented(patchUserRoute, "PATCH /api/admin/users/{id}", { headers: rootSession, params: { id: member.id }, body: { budgetUsd: 5 } });
    expect(patched.body).toEqual({ id: member.id, role: "member", budgetUsd: 5, disabled: false });
    expect((await callDocumented(patchUserRoute, "PATCH /api/admin/users/{id}", { headers: rootSession, params: { id: "nobody" }, body: { budgetUsd: 5 } })).status).toBe(404);
    await callDocumented(signOutRoute, "POST /api/admin/users/{id}/sign-out", { headers: rootSession, params: { id: member.id } });
    const invited = await callDocumented(inviteRoute, "POST /api/admin/invitations", { headers: rootSession, body: { role: "member" } });
    expect(invited.status).toBe(201);
    await callDocumented(invitationsRoute, "GET /api/admin/invitations", { headers: rootSession });
    expect((await callDocumented(withdrawRoute, "DELETE /api/admin/invitations/{id}", { headers: rootSession, params: { id: invited.body.id as string } })).status).toBe(204);
    const audit = await callDocumented(auditRoute, "GET /api/admin/audit", { headers: rootSession });
    expect((audit.body.items as unknown[]).length).toBeGreaterThan(0);
  });
});

import { adminUserPatchSchema } from "@/lib/admin/users";
import { createTokenSchema } from "@/lib/auth/api-tokens";
import { createInvitationSchema } from "@/lib/auth/invitations";
import { defineOperations } from "../define";
import { adminOverviewSchema, adminUserPatchedSchema, auditListSchema, createdInvitationSchema, createdTokenSchema, invitationListSchema, signedOutSchema, tokenListSchema } from "../schemas/account";
import { healthSchema, modelListSchema, openApiDocumentSchema } from "../schemas/server";

const deleted = { 204: { description: "Deleted." } };

export const accountOperations = defineOperations([
  { method: "get", path: "/api/models", tag: "Server", access: "read", summary: "The image models this server allows, with prices and defaults", responses: { 200: { description: "The models.", schema: modelListSchema } } },
  { method: "get", path: "/api/health", tag: "Server", access: "public", summary: "Whether the database and storage answer (admins see each part)", responses: { 200: { description: "`{ ok: true }` (an administrator sees each part).", schema: healthSchema }, 503: { description: "A part is down: `ok` is false.", schema: healthSchema } } },
  { method: "get", path: "/api/openapi.json", tag: "Server", access: "public", summary: "This document", responses: { 200: { description: "The OpenAPI 3.1 document.", schema: openApiDocumentSchema } } },
  { method: "get", path: "/api/auth/{nextauth}", tag: "Server", access: "public", summary: "Auth.js: sign-in pages, session, providers (the browser's)", responses: { 200: { description: "Auth.js answers.", contentType: "text/html" } } },
  { method: "post", path: "/api/auth/{nextauth}", tag: "Server", access: "public", summary: "Auth.js: sign in and out (the browser's)", responses: { 302: { description: "A redirect." } } },
  { method: "get", path: "/api/tokens", tag: "Tokens", access: "session", summary: "Personal API tokens (never their secret)", responses: { 200: { description: "`{ items }`", schema: tokenListSchema } } },
  { method: "post", path: "/api/tokens", tag: "Tokens", access: "session", summary: "Create a token (its secret is shown once)", body: { schema: createTokenSchema, contentType: "application/json", example: { name: "laptop", scope: "generate", expiresInDays: 90 } }, responses: { 201: { description: "The token with its secret.", schema: createdTokenSchema } }, errors: [400, 415] },
  { method: "delete", path: "/api/tokens/{id}", tag: "Tokens", access: "session", summary: "Revoke a token", responses: deleted, errors: [404] },
  { method: "get", path: "/api/admin/users", tag: "Admin", access: "admin", summary: "Every account with this month's spend, budget and role", responses: { 200: { description: "The overview.", schema: adminOverviewSchema } } },
  { method: "patch", path: "/api/admin/users/{id}", tag: "Admin", access: "admin", summary: "Change an account's role, budget or disabled state (audited)", body: { schema: adminUserPatchSchema, contentType: "application/json", example: { budgetUsd: 5 } }, responses: { 200: { description: "The account.", schema: adminUserPatchedSchema } }, errors: [400, 404, 415] },
  { method: "post", path: "/api/admin/users/{id}/sign-out", tag: "Admin", access: "admin", summary: "End every session of an account", responses: { 200: { description: "`{ endedSessions }`", schema: signedOutSchema } }, errors: [404] },
  { method: "get", path: "/api/admin/invitations", tag: "Admin", access: "admin", summary: "Recent invitations", responses: { 200: { description: "`{ items }`", schema: invitationListSchema } } },
  { method: "post", path: "/api/admin/invitations", tag: "Admin", access: "admin", summary: "Create a single-use invitation link (shown once)", body: { schema: createInvitationSchema, contentType: "application/json", example: { role: "member" } }, responses: { 201: { description: "The invitation with its link.", schema: createdInvitationSchema } }, errors: [400, 415] },
  { method: "delete", path: "/api/admin/invitations/{id}", tag: "Admin", access: "admin", summary: "Revoke an invitation", responses: deleted, errors: [404] },
  { method: "get", path: "/api/admin/audit", tag: "Admin", access: "admin", summary: "The latest admin actions", responses: { 200: { description: "`{ items }`", schema: auditListSchema } } },
]);

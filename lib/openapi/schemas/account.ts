import { z } from "zod";
import type { AdminOverview } from "@/lib/admin/users";
import type { ApiTokenRecord } from "@/lib/db/api-tokens";
import type { AuditEventRecord } from "@/lib/db/audit";
import type { InvitationView } from "@/lib/shared/views";
import { describes } from "../describes";

const roleSchema = z.enum(["admin", "member"]);

const tokenFields = {
  id: z.string(),
  name: z.string(),
  /** The token's first characters, to recognise it; never the secret. */
  prefix: z.string(),
  scope: z.enum(["read", "generate"]),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  createdAt: z.string(),
};

export const tokenListSchema = describes<{ items: ApiTokenRecord[] }>()(z.object({ items: z.array(z.object(tokenFields)) }));

/** The new token: `token` is its secret, shown this once. */
export const createdTokenSchema = describes<ApiTokenRecord & { token: string }>()(
  z.object({ ...tokenFields, token: z.string() }).meta({
    id: "CreatedToken",
    examples: [{ id: "cm0token", name: "laptop", prefix: "ink_abcd", scope: "generate", expiresAt: "2027-03-01T00:00:00.000Z", lastUsedAt: null, createdAt: "2026-12-01T00:00:00.000Z", token: "ink_abcd…" }],
  }),
);

const micro = z.number().int();

export const adminOverviewSchema = describes<AdminOverview>()(
  z.object({
    users: z.array(
      z.object({
        id: z.string(),
        email: z.string().nullable(),
        name: z.string().nullable(),
        role: roleSchema,
        roleFromConfig: z.boolean(),
        disabled: z.boolean(),
        budgetUsd: z.number().nullable(),
        budgetMicroUsd: micro,
        ownLimitMicroUsd: micro.nullable(),
        spentMicroUsd: micro,
        pendingMicroUsd: micro,
        createdAt: z.string(),
      }),
    ),
    installation: z.object({ spentMicroUsd: micro, pendingMicroUsd: micro, capMicroUsd: micro.nullable() }),
    defaultBudgetMicroUsd: micro,
  }),
);

/** `PATCH /api/admin/users/:id`: the account's new settings. */
export const adminUserPatchedSchema = z.object({ id: z.string(), role: roleSchema, budgetUsd: z.number().nullable(), disabled: z.boolean() });

export const signedOutSchema = z.object({ endedSessions: z.number().int() });

const invitationFields = {
  id: z.string(),
  role: roleSchema,
  email: z.string().nullable(),
  status: z.enum(["pending", "used", "expired"]),
  expiresAt: z.string(),
  createdAt: z.string(),
};

export const invitationListSchema = describes<{ items: InvitationView[] }>()(z.object({ items: z.array(z.object(invitationFields)) }));

/** The invitation and its single-use link, shown this once. */
export const createdInvitationSchema = describes<InvitationView & { link: string }>()(z.object({ ...invitationFields, link: z.string() }));

export const auditListSchema = describes<{ items: AuditEventRecord[] }>()(
  z.object({
    items: z.array(
      z.object({
        id: z.string(),
        actorId: z.string().nullable(),
        actorEmail: z.string().nullable(),
        action: z.string(),
        targetUserId: z.string().nullable(),
        targetEmail: z.string().nullable(),
        details: z.record(z.string(), z.unknown()),
        createdAt: z.string(),
      }),
    ),
  }),
);

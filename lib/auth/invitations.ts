import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { expireInvitation, findUsableInvitation, insertInvitation, listInvitations, type InvitationRecord } from "@/lib/db/invitations";
import type { UserRecord } from "@/lib/db/users";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/admin/audit";

export type { InvitationRecord };

export const createInvitationSchema = z
  .object({
    role: z.enum(["member", "admin"]).default("member"),
    // Optional: the link then works for this address only.
    email: z.union([z.literal(""), z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address."))]).optional().transform((v) => v || null),
    // Hours the link works; default INVITATION_TTL_HOURS.
    expiresInHours: z.coerce.number().int().min(1).max(24 * 90).optional(),
  })
  .strict();
export type CreateInvitationInput = z.output<typeof createInvitationSchema>;

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(`invitation:${token}`).digest("hex");
}

/** The sign-up link for a token, on the site's origin when known. */
export function invitationPath(token: string): string {
  return `/sign-up?invite=${encodeURIComponent(token)}`;
}

/**
 * Makes a single-use invitation link that expires. The token is returned once (only its hash is
 * kept). `actor` is the admin (null: the command line on the server).
 */
export async function createInvitation({ actor, input, now = new Date() }: { actor: Pick<UserRecord, "id" | "email"> | null; input: CreateInvitationInput; now?: Date }): Promise<{ token: string; path: string; invitation: InvitationRecord }> {
  const token = randomBytes(24).toString("base64url");
  const hours = input.expiresInHours ?? getEnv().INVITATION_TTL_HOURS;
  const invitation = await insertInvitation({
    tokenHash: hashInvitationToken(token),
    role: input.role,
    email: input.email,
    createdById: actor?.id ?? null,
    expiresAt: new Date(now.getTime() + hours * 3_600_000),
  });
  await recordAudit({ actor, action: "invitation.create", details: { invitationId: invitation.id, role: invitation.role, email: invitation.email, expiresAt: invitation.expiresAt.toISOString() } });
  return { token, path: invitationPath(token), invitation };
}

/** The invitation a sign-up link carries, when it can still be used. */
export async function findInvitation(token: string | null | undefined): Promise<InvitationRecord | null> {
  if (!token || token.length > 200) return null;
  return findUsableInvitation(hashInvitationToken(token));
}

export async function listRecentInvitations(): Promise<InvitationRecord[]> {
  return listInvitations({ limit: 50 });
}

export async function withdrawInvitation({ actor, id }: { actor: Pick<UserRecord, "id" | "email">; id: string }): Promise<void> {
  if (!(await expireInvitation({ id }))) throw new AppError("not_found:invitation", "This invitation does not exist or can no longer be used.");
  await recordAudit({ actor, action: "invitation.withdraw", details: { invitationId: id } });
}

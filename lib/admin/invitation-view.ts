import "server-only";
import type { InvitationRecord } from "@/lib/db/invitations";
import { configuredOrigin } from "@/lib/http/origin";
import type { InvitationView } from "@/lib/shared/views";

export type { InvitationView };

export function toInvitationView(invitation: InvitationRecord, now = new Date()): InvitationView {
  const status = invitation.usedAt ? "used" : invitation.expiresAt <= now ? "expired" : "pending";
  return { id: invitation.id, role: invitation.role, email: invitation.email, status, expiresAt: invitation.expiresAt.toISOString(), createdAt: invitation.createdAt.toISOString() };
}

/** The full link to hand over: on APP_URL's origin when set, else on the origin the admin used. */
export function invitationLink(requestUrl: string, path: string): string {
  return new URL(path, configuredOrigin() ?? new URL(requestUrl).origin).toString();
}

import "server-only";
import { db } from "./client";
import type { Role } from "./users";

export interface InvitationRecord {
  id: string;
  role: Role;
  email: string | null;
  createdById: string | null;
  expiresAt: Date;
  usedAt: Date | null;
  usedById: string | null;
  createdAt: Date;
}

const select = { id: true, role: true, email: true, createdById: true, expiresAt: true, usedAt: true, usedById: true, createdAt: true } as const;

function toRecord(row: Omit<InvitationRecord, "role"> & { role: string }): InvitationRecord {
  return { ...row, role: row.role === "admin" ? "admin" : "member" };
}

export async function insertInvitation(input: { tokenHash: string; role: Role; email: string | null; createdById: string | null; expiresAt: Date }): Promise<InvitationRecord> {
  return toRecord(await db().invitation.create({ data: input, select }));
}

/** An invitation that can still be used (not used, not expired), by its token's hash. */
export async function findUsableInvitation(tokenHash: string, now = new Date()): Promise<InvitationRecord | null> {
  const row = await db().invitation.findFirst({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, select });
  return row ? toRecord(row) : null;
}

export async function listInvitations({ limit = 50 }: { limit?: number } = {}): Promise<InvitationRecord[]> {
  const rows = await db().invitation.findMany({ orderBy: { createdAt: "desc" }, take: limit, select });
  return rows.map(toRecord);
}

/** Withdraws an unused invitation (it expires now); false when there is no such unused one. */
export async function expireInvitation({ id, now = new Date() }: { id: string; now?: Date }): Promise<boolean> {
  const result = await db().invitation.updateMany({ where: { id, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
  return result.count === 1;
}

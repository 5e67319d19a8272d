import "server-only";
import { db } from "./client";
import { toUserRecord, userSelect, type Role, type UserRecord } from "./users";

export interface AdminUserPatch {
  role?: Role;
  /** null: back to MONTHLY_BUDGET_USD. */
  budgetUsd?: number | null;
  disabled?: boolean;
}

/**
 * Applies an admin's change to an account. Disabling also deletes every session of the account
 * in the same transaction, so no request after this one is served as that user.
 */
export async function updateUserAsAdmin({ id, patch, now = new Date() }: { id: string; patch: AdminUserPatch; now?: Date }): Promise<UserRecord | null> {
  return db().$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { id }, select: { id: true } });
    if (!existing) return null;
    const data: { role?: Role; budgetUsd?: number | null; disabledAt?: Date | null } = {};
    if (patch.role !== undefined) data.role = patch.role;
    if (patch.budgetUsd !== undefined) data.budgetUsd = patch.budgetUsd;
    if (patch.disabled !== undefined) data.disabledAt = patch.disabled ? now : null;
    const row = await tx.user.update({ where: { id }, data, select: userSelect });
    if (patch.disabled) await tx.session.deleteMany({ where: { userId: id } });
    return toUserRecord(row);
  });
}

export async function findUserById(id: string): Promise<UserRecord | null> {
  const row = await db().user.findUnique({ where: { id }, select: userSelect });
  return row ? toUserRecord(row) : null;
}

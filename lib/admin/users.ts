import "server-only";
import { z } from "zod";
import { effectiveBudgetMicroUsd } from "@/lib/billing/budget-rules";
import { usdToMicro } from "@/lib/shared/money";
import type { AdminUserView } from "@/lib/shared/views";
import { getInstallationSpend, type InstallationSpend } from "@/lib/billing/budget";
import { spendByUser } from "@/lib/billing/spend-report";
import { findUserById, updateUserAsAdmin } from "@/lib/db/admin-users";
import { listUsers, type UserRecord } from "@/lib/db/users";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { effectiveRole, isConfiguredAdmin } from "@/lib/auth/roles";
import { endAllSessions } from "@/lib/auth/sessions";
import { recordAudit } from "./audit";

export type { AdminUserView };

export interface AdminOverview {
  users: AdminUserView[];
  installation: InstallationSpend;
  defaultBudgetMicroUsd: number;
}

export async function getAdminOverview(): Promise<AdminOverview> {
  const [users, spend, installation] = await Promise.all([listUsers(), spendByUser(), getInstallationSpend()]);
  const defaultUsd = getEnv().MONTHLY_BUDGET_USD;
  return {
    installation,
    defaultBudgetMicroUsd: usdToMicro(defaultUsd),
    users: users.map((user) => ({
      id: user.id,
      email: user.email,
      name: user.name,
      role: effectiveRole(user),
      roleFromConfig: isConfiguredAdmin(user.email),
      disabled: user.disabledAt !== null,
      budgetUsd: user.budgetUsd,
      budgetMicroUsd: effectiveBudgetMicroUsd(user, defaultUsd),
      ownLimitMicroUsd: user.ownLimitUsd === null ? null : usdToMicro(user.ownLimitUsd),
      spentMicroUsd: spend.get(user.id)?.spentMicroUsd ?? 0,
      pendingMicroUsd: spend.get(user.id)?.pendingMicroUsd ?? 0,
      createdAt: user.createdAt.toISOString(),
    })),
  };
}

export const adminUserPatchSchema = z
  .object({
    role: z.enum(["admin", "member"]).optional(),
    // Dollars a month; null goes back to MONTHLY_BUDGET_USD.
    budgetUsd: z.number({ error: "Enter an amount in dollars." }).min(0, "The budget cannot be negative.").max(1_000_000, "At most $1,000,000.").nullable().optional(),
    disabled: z.boolean().optional(),
  })
  .strict()
  .refine((p) => p.role !== undefined || p.budgetUsd !== undefined || p.disabled !== undefined, { message: "Nothing to change." });
export type AdminUserPatchInput = z.output<typeof adminUserPatchSchema>;

type Actor = Pick<UserRecord, "id" | "email">;

/**
 * An admin changes an account's role, budget or state. Admins cannot demote or disable
 * themselves (an installation always keeps the admin making changes), nor demote an ADMIN_EMAILS
 * account. Disabling ends the account's sessions at once; its tokens stop working too.
 */
export async function changeUserAsAdmin({ actor, userId, patch }: { actor: Actor; userId: string; patch: AdminUserPatchInput }): Promise<UserRecord> {
  const before = await findUserById(userId);
  if (!before) throw new AppError("not_found:user", "This account does not exist.");
  if (userId === actor.id && (patch.disabled === true || patch.role === "member")) {
    throw new AppError("conflict:self", "You cannot disable your own account or remove your own admin role.");
  }
  if (patch.role === "member" && isConfiguredAdmin(before.email)) {
    throw new AppError("conflict:configured_admin", "This account is an admin through ADMIN_EMAILS; change that setting on the server instead.");
  }
  const after = await updateUserAsAdmin({ id: userId, patch });
  if (!after) throw new AppError("not_found:user", "This account does not exist.");
  const target = { id: after.id, email: after.email };
  if (patch.role !== undefined && patch.role !== before.role) await recordAudit({ actor, action: "user.role", target, details: { from: before.role, to: after.role } });
  if (patch.budgetUsd !== undefined && patch.budgetUsd !== before.budgetUsd) await recordAudit({ actor, action: "user.budget", target, details: { from: before.budgetUsd, to: after.budgetUsd } });
  if (patch.disabled !== undefined && patch.disabled !== (before.disabledAt !== null)) await recordAudit({ actor, action: patch.disabled ? "user.disable" : "user.enable", target });
  return after;
}

/** Ends every session of the account on every server (its tokens keep working: revoke those in its Settings). */
export async function signOutUserEverywhere({ actor, userId }: { actor: Actor; userId: string }): Promise<number> {
  const user = await findUserById(userId);
  if (!user) throw new AppError("not_found:user", "This account does not exist.");
  const ended = await endAllSessions({ userId, except: undefined });
  await recordAudit({ actor, action: "user.sign_out", target: { id: user.id, email: user.email }, details: { sessions: ended } });
  return ended;
}

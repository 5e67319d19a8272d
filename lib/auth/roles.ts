import "server-only";
import type { Role, UserRecord } from "@/lib/db/users";
import { getEnv } from "@/lib/env";

export type { Role };

/** True when ADMIN_EMAILS names this email (such accounts are admins whatever their stored role). */
export function isConfiguredAdmin(email: string | null | undefined): boolean {
  return Boolean(email) && getEnv().ADMIN_EMAILS.includes(email!.trim().toLowerCase());
}

/** The role in force: the stored one, raised to admin for ADMIN_EMAILS. */
export function effectiveRole(user: Pick<UserRecord, "role" | "email">): Role {
  return user.role === "admin" || isConfiguredAdmin(user.email) ? "admin" : "member";
}

export function isAdmin(user: Pick<UserRecord, "role" | "email">): boolean {
  return effectiveRole(user) === "admin";
}

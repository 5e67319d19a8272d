import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { db } from "./client";

import type { Role } from "@/lib/shared/views";

export type { Role };

export interface UserRecord {
  id: string;
  name: string | null;
  email: string | null;
  locale: string | null;
  role: Role;
  disabledAt: Date | null;
  /** Monthly budget set by an admin; null: MONTHLY_BUDGET_USD. */
  budgetUsd: number | null;
  /** The user's own lower limit; null: none. */
  ownLimitUsd: number | null;
  createdAt: Date;
}

export const userSelect = {
  id: true,
  name: true,
  email: true,
  locale: true,
  role: true,
  disabledAt: true,
  budgetUsd: true,
  ownLimitUsd: true,
  createdAt: true,
} as const;

type UserRow = Omit<UserRecord, "role"> & { role: string };

export function toUserRecord(row: UserRow): UserRecord {
  return { ...row, role: row.role === "admin" ? "admin" : "member" };
}

export function emailTaken(): AppError {
  return new AppError("conflict:email", "An account with this email already exists. Sign in instead.", { fields: { email: "An account with this email already exists." } });
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function findUserForSignIn(email: string): Promise<(UserRecord & { passwordHash: string | null }) | null> {
  const row = await db().user.findUnique({ where: { email }, select: { ...userSelect, passwordHash: true } });
  return row ? { ...toUserRecord(row), passwordHash: row.passwordHash } : null;
}

export async function findUserByEmail(email: string): Promise<UserRecord | null> {
  const row = await db().user.findUnique({ where: { email }, select: userSelect });
  return row ? toUserRecord(row) : null;
}

export async function getUserOrThrow(id: string): Promise<UserRecord> {
  const row = await db().user.findUnique({ where: { id }, select: userSelect });
  if (!row) throw new AppError("unauthorized:session", "Please sign in again.");
  return toUserRecord(row);
}

export async function getPasswordHash(id: string): Promise<string | null> {
  const row = await db().user.findUnique({ where: { id }, select: { passwordHash: true } });
  return row?.passwordHash ?? null;
}

export async function updateUserSettings({ id, ...data }: { id: string; name?: string | null; locale?: string | null; ownLimitUsd?: number | null }): Promise<UserRecord> {
  return toUserRecord(await db().user.update({ where: { id }, data, select: userSelect }));
}

export async function setPasswordHash({ id, passwordHash }: { id: string; passwordHash: string }): Promise<void> {
  await db().user.update({ where: { id }, data: { passwordHash } });
}

export async function listUsers(): Promise<UserRecord[]> {
  const rows = await db().user.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: userSelect, take: 1000 });
  return rows.map(toUserRecord);
}

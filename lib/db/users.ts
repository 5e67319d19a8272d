import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { db } from "./client";

export interface UserRecord {
  id: string;
  name: string | null;
  email: string | null;
  locale: string | null;
  monthlyBudgetUsd: number | null;
}

const userSelect = { id: true, name: true, email: true, locale: true, monthlyBudgetUsd: true } as const;

export async function createUser({ email, name, passwordHash }: { email: string; name: string | null; passwordHash: string }): Promise<UserRecord> {
  try {
    return await db().user.create({ data: { email, name, passwordHash }, select: userSelect });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict:email", "An account with this email already exists. Sign in instead.", { fields: { email: "An account with this email already exists." } });
    }
    throw error;
  }
}

export async function findUserForSignIn(email: string): Promise<(UserRecord & { passwordHash: string | null }) | null> {
  return db().user.findUnique({ where: { email }, select: { ...userSelect, passwordHash: true } });
}

export async function getUserOrThrow(id: string): Promise<UserRecord> {
  const user = await db().user.findUnique({ where: { id }, select: userSelect });
  if (!user) throw new AppError("unauthorized:session", "Please sign in again.");
  return user;
}

export async function updateUserSettings({ id, ...data }: { id: string; name?: string | null; locale?: string | null; monthlyBudgetUsd?: number | null }): Promise<UserRecord> {
  return db().user.update({ where: { id }, data, select: userSelect });
}

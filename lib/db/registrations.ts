import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "./client";
import { emailTaken, isUniqueViolation, toUserRecord, userSelect, type Role, type UserRecord } from "./users";

export interface NewAccount {
  email: string;
  name: string | null;
  passwordHash?: string | null;
  image?: string | null;
  emailVerified?: Date | null;
  /** sha256 of an invitation token: consumed in the same transaction, or the account is not made. */
  invitationHash?: string;
  /** ADMIN_EMAILS lists this email. */
  adminByConfig: boolean;
}

function invitationRefused(): AppError {
  return new AppError("forbidden:invitation", "This invitation link is not valid: it was already used, it expired, or it is for another email address.");
}

/**
 * Creates an account, all or nothing: the invitation is consumed (a conditional update, so a link
 * works once even when two sign-ups race), the installation's first account claims the
 * "first-admin" flag (an insert that only one transaction can win), and the user is inserted.
 * A duplicate email undoes everything.
 */
export async function insertAccount(account: NewAccount): Promise<UserRecord> {
  const now = new Date();
  try {
    return await db().$transaction(async (tx) => {
      let invitedRole: Role | null = null;
      if (account.invitationHash) {
        const used = await tx.invitation.updateMany({
          where: { tokenHash: account.invitationHash, usedAt: null, expiresAt: { gt: now }, OR: [{ email: null }, { email: account.email }] },
          data: { usedAt: now },
        });
        if (used.count !== 1) throw invitationRefused();
        const invitation = await tx.invitation.findUnique({ where: { tokenHash: account.invitationHash }, select: { role: true } });
        invitedRole = invitation?.role === "admin" ? "admin" : "member";
      }
      const claimed = await tx.$executeRaw`INSERT INTO "SystemFlag" ("name", "createdAt") VALUES ('first-admin', ${now}) ON CONFLICT ("name") DO NOTHING`;
      const role: Role = claimed === 1 || account.adminByConfig || invitedRole === "admin" ? "admin" : "member";
      const row = await tx.user.create({
        data: {
          email: account.email,
          name: account.name,
          passwordHash: account.passwordHash ?? null,
          image: account.image ?? null,
          emailVerified: account.emailVerified ?? null,
          role,
        },
        select: userSelect,
      });
      if (account.invitationHash) await tx.invitation.update({ where: { tokenHash: account.invitationHash }, data: { usedById: row.id } });
      return toUserRecord(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

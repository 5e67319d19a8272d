import "server-only";
import { db } from "./client";
import { toUserRecord, userSelect, type UserRecord } from "./users";

/** The user an OAuth account (GitHub, Google) is linked to, if it was used before. */
export async function findUserByOAuthAccount({ provider, providerAccountId }: { provider: string; providerAccountId: string }): Promise<UserRecord | null> {
  const row = await db().account.findUnique({ where: { provider_providerAccountId: { provider, providerAccountId } }, select: { user: { select: userSelect } } });
  return row ? toUserRecord(row.user) : null;
}

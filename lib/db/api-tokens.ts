import "server-only";
import { db } from "./client";

export interface ApiTokenRecord {
  id: string;
  name: string;
  prefix: string;
  lastUsedAt: Date | null;
  createdAt: Date;
}

const select = { id: true, name: true, prefix: true, lastUsedAt: true, createdAt: true } as const;

export async function insertApiToken(input: { userId: string; name: string; tokenHash: string; prefix: string }): Promise<ApiTokenRecord> {
  return db().apiToken.create({ data: input, select });
}

export async function listApiTokens({ userId }: { userId: string }): Promise<ApiTokenRecord[]> {
  return db().apiToken.findMany({ where: { userId, revokedAt: null }, orderBy: { createdAt: "desc" }, select });
}

/** Revokes the user's token; false when there is no such token of theirs. */
export async function revokeApiToken({ id, userId }: { id: string; userId: string }): Promise<boolean> {
  const result = await db().apiToken.updateMany({ where: { id, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return result.count === 1;
}

/** The owner of a live token, touching its last use at most once a minute. */
export async function findUserIdByTokenHash(tokenHash: string): Promise<string | null> {
  const token = await db().apiToken.findUnique({ where: { tokenHash }, select: { id: true, userId: true, revokedAt: true, lastUsedAt: true } });
  if (!token || token.revokedAt) return null;
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    await db().apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  }
  return token.userId;
}

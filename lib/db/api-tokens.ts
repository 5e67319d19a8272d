import "server-only";
import { db } from "./client";
import { toUserRecord, userSelect, type UserRecord } from "./users";

export type TokenScope = "read" | "generate";

export interface ApiTokenRecord {
  id: string;
  name: string;
  prefix: string;
  scope: TokenScope;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  createdAt: Date;
}

const select = { id: true, name: true, prefix: true, scope: true, expiresAt: true, lastUsedAt: true, createdAt: true } as const;

function toRecord(row: Omit<ApiTokenRecord, "scope"> & { scope: string }): ApiTokenRecord {
  return { ...row, scope: row.scope === "read" ? "read" : "generate" };
}

export async function insertApiToken(input: { userId: string; name: string; tokenHash: string; prefix: string; scope: TokenScope; expiresAt: Date | null }): Promise<ApiTokenRecord> {
  return toRecord(await db().apiToken.create({ data: input, select }));
}

export async function listApiTokens({ userId }: { userId: string }): Promise<ApiTokenRecord[]> {
  const rows = await db().apiToken.findMany({ where: { userId, revokedAt: null }, orderBy: { createdAt: "desc" }, select });
  return rows.map(toRecord);
}

/** Revokes the user's token; false when there is no such token of theirs. */
export async function revokeApiToken({ id, userId }: { id: string; userId: string }): Promise<boolean> {
  const result = await db().apiToken.updateMany({ where: { id, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return result.count === 1;
}

/**
 * A live token (not revoked, not expired) with its scope and owner, touching its last use at
 * most once a minute so that polling does not write on every call.
 */
export async function findLiveToken(tokenHash: string, now = new Date()): Promise<{ scope: TokenScope; user: UserRecord } | null> {
  const token = await db().apiToken.findUnique({
    where: { tokenHash },
    select: { id: true, scope: true, revokedAt: true, expiresAt: true, lastUsedAt: true, user: { select: userSelect } },
  });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) return null;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
    await db().apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return { scope: token.scope === "read" ? "read" : "generate", user: toUserRecord(token.user) };
}

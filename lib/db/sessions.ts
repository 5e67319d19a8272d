import "server-only";
import { db } from "./client";
import { toUserRecord, userSelect, type UserRecord } from "./users";

/** A signed-in browser's server-side record. */
export interface SessionRecord {
  sessionToken: string;
  userId: string;
  expires: Date;
}

export async function insertSession(session: SessionRecord): Promise<void> {
  await db().session.create({ data: session });
}

/** The session and its user, when the session exists and has not expired. */
export async function findLiveSession(sessionToken: string, now = new Date()): Promise<{ expires: Date; user: UserRecord } | null> {
  const row = await db().session.findUnique({ where: { sessionToken }, select: { expires: true, user: { select: userSelect } } });
  if (!row || row.expires <= now) return null;
  return { expires: row.expires, user: toUserRecord(row.user) };
}

export async function extendSession({ sessionToken, expires }: { sessionToken: string; expires: Date }): Promise<void> {
  await db().session.updateMany({ where: { sessionToken }, data: { expires } });
}

export async function deleteSession(sessionToken: string): Promise<void> {
  await db().session.deleteMany({ where: { sessionToken } });
}

/** Ends every session of the user (but `except`, the one making the change); returns how many ended. */
export async function deleteUserSessions({ userId, except }: { userId: string; except?: string }): Promise<number> {
  const result = await db().session.deleteMany({ where: { userId, ...(except ? { sessionToken: { not: except } } : {}) } });
  return result.count;
}

export async function deleteExpiredSessions(now = new Date()): Promise<void> {
  await db().session.deleteMany({ where: { expires: { lte: now } } });
}

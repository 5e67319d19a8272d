import "server-only";
import { randomBytes } from "node:crypto";
import { deleteExpiredSessions, deleteSession, deleteUserSessions, extendSession, findLiveSession, insertSession } from "@/lib/db/sessions";
import type { UserRecord } from "@/lib/db/users";

/** A browser session lasts 30 days from its last use. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
// The expiry is pushed forward at most once a day, so browsing does not write on every request.
const EXTEND_AFTER_MS = 24 * 60 * 60 * 1000;

/** Records a new signed-in browser; the returned id goes inside its session cookie. */
export async function startSession(userId: string, now = new Date()): Promise<string> {
  const sessionToken = randomBytes(32).toString("base64url");
  await insertSession({ sessionToken, userId, expires: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) });
  // Housekeeping at sign-in time, when a write happens anyway.
  if (Math.random() < 0.05) await deleteExpiredSessions(now).catch(() => undefined);
  return sessionToken;
}

/**
 * The user of a live session, or null when the session was ended (sign-out, password change,
 * "sign out everywhere"), expired, or belongs to a disabled account. One indexed read per request.
 */
export async function resolveSession(sessionToken: string, now = new Date()): Promise<UserRecord | null> {
  const found = await findLiveSession(sessionToken, now);
  if (!found || found.user.disabledAt) return null;
  const maxAgeMs = SESSION_MAX_AGE_SECONDS * 1000;
  if (found.expires.getTime() - now.getTime() < maxAgeMs - EXTEND_AFTER_MS) {
    await extendSession({ sessionToken, expires: new Date(now.getTime() + maxAgeMs) });
  }
  return found.user;
}

export async function endSession(sessionToken: string): Promise<void> {
  await deleteSession(sessionToken);
}

/** Ends every session of the user on every server, except `except` (the browser making the change). */
export async function endAllSessions({ userId, except }: { userId: string; except?: string }): Promise<number> {
  return deleteUserSessions({ userId, except });
}

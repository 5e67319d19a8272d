import "server-only";
import { getToken } from "next-auth/jwt";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { authenticateToken } from "./api-tokens";
import type { Principal } from "./principal";
import { resolveSession } from "./sessions";

/** The session cookie's claims Inkwell reads: the user and the server-side session id. */
export interface SessionClaims {
  sub?: string;
  sid?: string;
}

/** Decodes the Auth.js session cookie of a request (either cookie name), or null. */
export async function readSessionClaims(headers: Headers): Promise<SessionClaims | null> {
  const secret = getEnv().AUTH_SECRET;
  if (!secret || !headers.get("cookie")) return null;
  for (const secureCookie of [true, false]) {
    const token = await getToken({ req: { headers }, secret, secureCookie });
    if (token) return token as SessionClaims;
  }
  return null;
}

/**
 * The principal of a request: `Authorization: Bearer ink_…` (a personal token) or the browser's
 * session cookie, checked against the database each time, so that ending a session, revoking a
 * token or disabling an account takes effect at once on every server. Null: not signed in.
 */
export async function authenticateRequest(headers: Headers): Promise<Principal | null> {
  const authorization = headers.get("authorization");
  if (authorization) {
    const found = await authenticateToken(authorization);
    if (!found) return null;
    if (found.user.disabledAt) throw new AppError("forbidden:account_disabled", "This account has been disabled by an administrator.");
    return { via: "token", user: found.user, scope: found.scope };
  }
  const claims = await readSessionClaims(headers);
  if (!claims?.sid || !claims.sub) return null;
  const user = await resolveSession(claims.sid);
  return user && user.id === claims.sub ? { via: "session", user, sessionToken: claims.sid } : null;
}

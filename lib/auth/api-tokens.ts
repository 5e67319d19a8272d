import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { findUserIdByTokenHash, insertApiToken, listApiTokens, revokeApiToken, type ApiTokenRecord } from "@/lib/db/api-tokens";
import { AppError } from "@/lib/errors";

const PREFIX = "ink_";

export const createTokenSchema = z.object({ name: z.string().trim().min(1, "Give the token a name.").max(60, "At most 60 characters.") }).strict();

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Creates a personal API token. The token itself is returned once; only its hash is stored. */
export async function createApiToken({ userId, name }: { userId: string; name: string }): Promise<{ token: string; record: ApiTokenRecord }> {
  const token = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  const record = await insertApiToken({ userId, name, tokenHash: hashToken(token), prefix: token.slice(0, PREFIX.length + 6) });
  return { token, record };
}

/** The user's live tokens, newest first (never the tokens themselves). */
export async function listUserApiTokens({ userId }: { userId: string }): Promise<ApiTokenRecord[]> {
  return listApiTokens({ userId });
}

/** Revokes one of the user's tokens; another user's or a missing token is a 404. */
export async function revokeUserApiToken({ id, userId }: { id: string; userId: string }): Promise<void> {
  if (!(await revokeApiToken({ id, userId }))) throw new AppError("not_found:token", "This token does not exist.");
}

/** The user id for an `Authorization: Bearer ink_...` header value, or null. */
export async function userIdFromBearer(header: string | null): Promise<string | null> {
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
  const token = match?.[1];
  if (!token?.startsWith(PREFIX)) return null;
  return findUserIdByTokenHash(hashToken(token));
}

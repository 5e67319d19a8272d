import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { findUserIdByTokenHash, insertApiToken, type ApiTokenRecord } from "@/lib/db/api-tokens";

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

/** The user id for an `Authorization: Bearer ink_...` header value, or null. */
export async function userIdFromBearer(header: string | null): Promise<string | null> {
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
  const token = match?.[1];
  if (!token?.startsWith(PREFIX)) return null;
  return findUserIdByTokenHash(hashToken(token));
}

import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { findLiveToken, insertApiToken, listApiTokens, revokeApiToken, type ApiTokenRecord, type TokenScope } from "@/lib/db/api-tokens";
import type { UserRecord } from "@/lib/db/users";
import { AppError } from "@/lib/errors";
import { consumeTokenCreation } from "@/lib/limits/tokens";

export type { ApiTokenRecord, TokenScope };

const PREFIX = "ink_";
export const MAX_TOKEN_DAYS = 365;

export const createTokenSchema = z
  .object({
    name: z.string().trim().min(1, "Give the token a name.").max(60, "At most 60 characters."),
    // read: GET routes only. generate: also starts, changes and deletes work. Never tokens themselves.
    scope: z.enum(["read", "generate"], { error: "Choose read or generate." }).default("read"),
    // Optional lifetime in days; none: until revoked.
    expiresInDays: z.coerce.number().int("Whole days only.").min(1, "At least 1 day.").max(MAX_TOKEN_DAYS, `At most ${MAX_TOKEN_DAYS} days.`).optional(),
  })
  .strict();
export type CreateTokenInput = z.output<typeof createTokenSchema>;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Creates a personal API token (at most LIMIT_TOKENS_PER_HOUR an hour). The token itself is
 * returned once; only its hash is stored.
 */
export async function createApiToken({ userId, input, now = new Date() }: { userId: string; input: CreateTokenInput; now?: Date }): Promise<{ token: string; record: ApiTokenRecord }> {
  await consumeTokenCreation({ userId });
  const token = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  const expiresAt = input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000) : null;
  const record = await insertApiToken({ userId, name: input.name, scope: input.scope, expiresAt, tokenHash: hashToken(token), prefix: token.slice(0, PREFIX.length + 6) });
  return { token, record };
}

/** The user's live tokens, newest first (never the tokens themselves). */
export async function listTokens({ userId }: { userId: string }): Promise<ApiTokenRecord[]> {
  return listApiTokens({ userId });
}

/** Revokes one of the user's tokens; another user's or a missing token is a 404. */
export async function revokeToken({ id, userId }: { id: string; userId: string }): Promise<void> {
  if (!(await revokeApiToken({ id, userId }))) throw new AppError("not_found:token", "This token does not exist.");
}

/** The user and scope of an `Authorization: Bearer ink_…` header value, or null (unknown, revoked, expired). */
export async function authenticateToken(header: string | null): Promise<{ user: UserRecord; scope: TokenScope } | null> {
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
  const token = match?.[1];
  if (!token?.startsWith(PREFIX)) return null;
  return findLiveToken(hashToken(token));
}

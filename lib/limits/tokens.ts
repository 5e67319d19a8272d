import "server-only";
import { getEnv } from "@/lib/env";
import { consumeOrThrow } from "./rate-limited";
import { limiterFor } from "./store";

export const TOKEN_WINDOW_SECONDS = 60 * 60;

/** Counts a token creation by this user, refused (429) past LIMIT_TOKENS_PER_HOUR. */
export async function consumeTokenCreation({ userId, windowSeconds = TOKEN_WINDOW_SECONDS }: { userId: string; windowSeconds?: number }): Promise<void> {
  const limiter = await limiterFor({ keyPrefix: "token-create", points: getEnv().LIMIT_TOKENS_PER_HOUR, duration: windowSeconds });
  await consumeOrThrow(limiter, userId, "tokens");
}

import "server-only";
import { getEnv } from "@/lib/env";
import { ipLimitKey } from "@/lib/http/client-ip";
import { consumeOrThrow } from "./rate-limited";
import { limiterFor } from "./store";

/** Window of the sign-up counter (seconds). */
export const SIGN_UP_WINDOW_SECONDS = 60 * 60;

/**
 * Counts a sign-up attempt from this address (with or without an invitation link, accepted or
 * not: refusals teach an attacker too) and refuses (429) past LIMIT_SIGNUPS_PER_IP an hour.
 */
export async function consumeSignUpAttempt({ ip, windowSeconds = SIGN_UP_WINDOW_SECONDS }: { ip: string; windowSeconds?: number }): Promise<void> {
  const limiter = await limiterFor({ keyPrefix: "signup-ip", points: getEnv().LIMIT_SIGNUPS_PER_IP, duration: windowSeconds });
  await consumeOrThrow(limiter, ipLimitKey(ip), "sign_up");
}

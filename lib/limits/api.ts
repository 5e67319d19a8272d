import "server-only";
import { BurstyRateLimiter, RateLimiterRes } from "rate-limiter-flexible";
import { getEnv } from "@/lib/env";
import { rateLimited } from "./rate-limited";
import { limiterFor } from "./store";

export interface ApiWindows {
  /** The steady rate's window (seconds): LIMIT_API_PER_MINUTE per minute. */
  rateSeconds: number;
  /** The burst allowance's window: LIMIT_API_BURST more requests per 10 minutes. */
  burstSeconds: number;
}

export const API_WINDOWS: ApiWindows = { rateSeconds: 60, burstSeconds: 600 };

async function limiter(windows: ApiWindows): Promise<BurstyRateLimiter | Awaited<ReturnType<typeof limiterFor>>> {
  const env = getEnv();
  // Keys over the rate are refused from memory for the rest of the window: a flood costs no store write.
  const rate = await limiterFor({ keyPrefix: "api-user", points: env.LIMIT_API_PER_MINUTE, duration: windows.rateSeconds, blockInMemory: true });
  if (env.LIMIT_API_BURST === 0) return rate;
  const burst = await limiterFor({ keyPrefix: "api-user-burst", points: env.LIMIT_API_BURST, duration: windows.burstSeconds });
  return new BurstyRateLimiter(rate, burst);
}

/** Counts one API request by this user; past the rate and the burst allowance, a 429 with the wait. */
export async function consumeApiRequest({ userId, windows = API_WINDOWS }: { userId: string; windows?: ApiWindows }): Promise<void> {
  try {
    await (await limiter(windows)).consume(userId);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw rateLimited("api", error.msBeforeNext);
    throw error;
  }
}

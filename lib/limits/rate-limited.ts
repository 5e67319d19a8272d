import { RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "@/lib/errors";

/** What a limit protects, for the error code and the message. */
export type LimitKind = "sign_in" | "sign_up" | "tokens" | "api" | "open_jobs" | "live";

const MESSAGES: Record<LimitKind, string> = {
  sign_in: "Too many failed sign-in attempts.",
  sign_up: "Too many sign-ups from this network.",
  tokens: "Too many API tokens created.",
  api: "Too many requests.",
  open_jobs: "Too many images are being made for you at once.",
  live: "Too many live connections are open for your account.",
};

/** "45 seconds", "3 minutes", "2 hours": rounded up, so waiting that long is always enough. */
export function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return `${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.ceil(minutes / 60);
  return `${hours} hours`;
}

/** A 429 with the time to wait (sent as Retry-After), in whole seconds, at least 1. */
export function rateLimited(kind: LimitKind, waitMs: number, extra = ""): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new AppError(`rate_limited:${kind}`, `${MESSAGES[kind]}${extra ? ` ${extra}` : ""} Try again in ${describeWait(retryAfterSeconds)}.`, { retryAfterSeconds });
}

/** Consumes a point; a refusal becomes `rateLimited(kind)`, a store failure (with no insurance) is rethrown. */
export async function consumeOrThrow(limiter: { consume(key: string, points?: number): Promise<RateLimiterRes> }, key: string, kind: LimitKind, points = 1): Promise<RateLimiterRes> {
  try {
    return await limiter.consume(key, points);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw rateLimited(kind, error.msBeforeNext);
    throw error;
  }
}

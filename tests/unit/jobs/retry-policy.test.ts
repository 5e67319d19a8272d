import { describe, expect, it } from "vitest";
import { AppError, isRetryable } from "@/lib/errors";
import { decideAfterFailure } from "@/lib/jobs/retry-policy";

const rateLimited = new AppError("rate_limited:provider", "busy");
const decide = (error: unknown, attempts: number) => decideAfterFailure({ error, attempts, maxAttempts: 3, backoffMs: 1000 });

describe("the retry policy", () => {
  it("puts a rate-limited job back with a delay that doubles, pausing its engine", () => {
    expect(decide(rateLimited, 1)).toEqual({ action: "requeue", delayMs: 1000, stage: "rate_limited", pauseEngine: true });
    expect(decide(rateLimited, 2)).toMatchObject({ action: "requeue", delayMs: 2000 });
  });

  it("fails it with the reason once its attempts are used up", () => {
    expect(decide(rateLimited, 3)).toEqual({ action: "fail", code: "rate_limited:provider", message: "busy", unexpected: false });
  });

  it("fails at once what the provider's client already retried, and what can never succeed", () => {
    for (const code of ["provider:timeout", "provider:unavailable", "provider:unreachable", "provider:bad_response"] as const) {
      expect(isRetryable(new AppError(code, "m"))).toBe(true);
      expect(decide(new AppError(code, "m"), 1)).toMatchObject({ action: "fail", code });
    }
    const blocked = new AppError("provider:moderation_blocked", "refused");
    expect(isRetryable(blocked)).toBe(false);
    expect(decide(blocked, 1)).toEqual({ action: "fail", code: "provider:moderation_blocked", message: "refused", unexpected: false });
  });

  it("hides an unexpected error behind a generic message", () => {
    expect(decide(new Error("secret detail"), 1)).toEqual({
      action: "fail",
      code: "internal:job",
      message: "The image could not be made because of an unexpected error. Please try again.",
      unexpected: true,
    });
  });
});

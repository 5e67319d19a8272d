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

describe("a model OpenAI no longer knows", () => {
  const notFound = (model: string) => new AppError("provider:model_not_found", `OpenAI no longer offers ${model}.`, { model });
  const successorOf = (model: string) => ({ a: "b", b: "c" })[model] ?? null;
  const decideFor = (error: unknown, switchedFrom: string | null, current = "a") =>
    decideAfterFailure({ error, attempts: 1, maxAttempts: 3, backoffMs: 1000, model: { current, switchedFrom }, successorOf });

  it("switches once to the successor", () => {
    expect(decideFor(notFound("a"), null)).toEqual({ action: "switch_model", model: "b", from: "a" });
  });

  it("fails, naming both models, when the successor is gone as well", () => {
    const decision = decideFor(notFound("b"), "a", "b");
    expect(decision).toMatchObject({ action: "fail", code: "provider:model_not_found", unexpected: false });
    expect(decision.action === "fail" && decision.message).toMatch(/b either.*successor of a/);
  });

  it("fails when there is no successor, or when another model (the text model) is the one missing", () => {
    expect(decideFor(notFound("c"), null, "c")).toMatchObject({ action: "fail", code: "provider:model_not_found" });
    expect(decideFor(notFound("gpt-5.4-mini"), null)).toMatchObject({ action: "fail", code: "provider:model_not_found" });
  });
});

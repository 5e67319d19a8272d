import "server-only";
import { isAppError, isRetryable } from "@/lib/errors";

/** What the runner does with a job whose handler threw. */
export type FailureDecision =
  | {
      action: "requeue";
      /** Not run again before this long. */
      delayMs: number;
      stage: string;
      /** Hold back every job of the same engine for as long (a rate limit is the account's, not the job's). */
      pauseEngine: boolean;
    }
  | { action: "switch_model"; model: string; from: string }
  | { action: "fail"; code: string; message: string; unexpected: boolean };

/**
 * Transient failures the queue tries again later, and how. The others that `isRetryable` names
 * (timeouts, server errors, unreadable answers) were already retried by the engine's client within
 * the call (OPENAI_MAX_RETRIES), so the job fails with the reason and the user may try again.
 */
const REQUEUE: Readonly<Record<string, { stage: string; pauseEngine: boolean }>> = {
  "rate_limited:provider": { stage: "rate_limited", pauseEngine: true },
};

export interface FailureInput {
  error: unknown;
  /** Attempts made so far, this one included. */
  attempts: number;
  maxAttempts: number;
  /** First wait after a rate limit; doubled on each further attempt. */
  backoffMs: number;
  /** The job's image model, and the one it was already switched from (at most one switch). */
  model?: { current: string; switchedFrom: string | null };
  /** The model to use instead of one OpenAI no longer knows (the lifecycle's successor), if any. */
  successorOf?: (model: string) => string | null;
}

/** The one place that decides between trying a failed job again and failing it. */
export function decideAfterFailure({ error, attempts, maxAttempts, backoffMs, model, successorOf }: FailureInput): FailureDecision {
  if (!isAppError(error)) {
    return { action: "fail", code: "internal:job", message: "The image could not be made because of an unexpected error. Please try again.", unexpected: true };
  }
  // A model retired while the job ran: once, the job goes on with its successor (the failed call was not billed).
  if (error.code === "provider:model_not_found" && model && error.details?.model === model.current) {
    if (model.switchedFrom !== null) {
      const message = `OpenAI no longer offers ${model.current} either, the successor of ${model.switchedFrom} this job switched to. Choose another model and try again.`;
      return { action: "fail", code: error.code, message, unexpected: false };
    }
    const successor = successorOf?.(model.current) ?? null;
    if (successor && successor !== model.current) return { action: "switch_model", model: successor, from: model.current };
  }
  const rule = isRetryable(error) ? REQUEUE[error.code] : undefined;
  if (rule && attempts < maxAttempts) {
    return { action: "requeue", delayMs: backoffMs * 2 ** Math.max(0, attempts - 1), stage: rule.stage, pauseEngine: rule.pauseEngine };
  }
  return { action: "fail", code: error.code, message: error.message, unexpected: false };
}

/**
 * One typed error for everything the user may be told. The code's prefix picks the HTTP status;
 * the message is safe to show (never a stack trace, a key or another user's data).
 */
export type ErrorKind =
  | "invalid"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "too_large"
  | "unsupported"
  | "rate_limited"
  | "budget"
  | "provider"
  | "config"
  | "unavailable"
  | "internal";

const STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported: 415,
  rate_limited: 429,
  budget: 402,
  provider: 502,
  config: 503,
  unavailable: 503,
  internal: 500,
};

export type ErrorCode = `${ErrorKind}:${string}`;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>, status?: number) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
    this.status = status ?? STATUS[code.split(":")[0] as ErrorKind] ?? 500;
  }

  toJSON(): { error: string; code: ErrorCode } & Record<string, unknown> {
    return { error: this.message, code: this.code, ...(this.details ?? {}) };
  }
}

/** Seconds to wait before trying again, when the error says so (429s carry it as `Retry-After`). */
export function retryAfterOf(error: AppError): number | null {
  const value = error.details?.retryAfterSeconds;
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? Math.ceil(value) : null;
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** Field errors from a zod failure, keyed by dotted path, for 400 answers. */
export function fieldErrors(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * Whether the failure is transient: the same request may succeed later (a timeout, an unreachable
 * or overloaded provider, a rate limit, an unreadable answer). The queue's retry policy builds on it.
 */
export function isRetryable(error: AppError): boolean {
  return ["provider:timeout", "provider:unreachable", "provider:unavailable", "rate_limited:provider", "provider:bad_response"].includes(error.code);
}

const billedCosts = new WeakMap<Error, number>();

/**
 * Marks an error thrown after the provider billed the call (its answer, with usage, arrived but
 * could not be used): the job that fails with it still counts this cost. Returns the error.
 */
export function withBilledCost<E extends Error>(error: E, microUsd: number): E {
  if (microUsd > 0) billedCosts.set(error, microUsd);
  return error;
}

/** What the provider billed before this error was thrown, in micro-dollars (0 when nothing was billed). */
export function billedCostOf(error: unknown): number {
  return error instanceof Error ? (billedCosts.get(error) ?? 0) : 0;
}

/** OpenAI-style error bodies (`ErrorResponse` in the spec: `{ error: { message, type, param, code } }`). */

export interface ApiErrorBody {
  error: {
    message: string;
    type: string;
    param: string | null;
    code: string | null;
    /** Not in the spec: the categories of a `moderation_blocked` answer (OpenAI puts them in `message`). */
    safety_violations?: string[];
  };
}

export interface ApiError {
  status: number;
  body: ApiErrorBody;
  headers?: Record<string, string>;
}

export function apiError(
  status: number,
  message: string,
  options: { type?: string; param?: string | null; code?: string | null } = {},
): ApiError {
  return {
    status,
    body: {
      error: {
        message,
        type: options.type ?? "invalid_request_error",
        param: options.param ?? null,
        code: options.code ?? null,
      },
    },
  };
}

export function maskKey(key: string): string {
  if (key.length <= 8) return `${key.slice(0, 2)}***`;
  return `${key.slice(0, 3)}${"*".repeat(Math.min(key.length - 7, 20))}${key.slice(-4)}`;
}

export function missingKeyError(): ApiError {
  return apiError(
    401,
    "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY). You can obtain an API key from https://platform.openai.com/account/api-keys.",
  );
}

export function invalidKeyError(key: string): ApiError {
  return apiError(
    401,
    `Incorrect API key provided: ${maskKey(key)}. You can find your API key at https://platform.openai.com/account/api-keys.`,
    { code: "invalid_api_key" },
  );
}

export function rateLimitError(model: string, retryAfterSeconds: number, images = true): ApiError {
  const unit = images ? "images per minute (IPM)" : "requests per minute (RPM)";
  const err = apiError(
    429,
    `Rate limit reached for ${model} in organization org-inkwelltest on ${unit}: Limit 5, Used 5, Requested 1. Please try again in ${retryAfterSeconds}s. Visit https://platform.openai.com/account/rate-limits to learn more.`,
    { type: "requests", code: "rate_limit_exceeded" },
  );
  err.headers = {
    "retry-after": String(retryAfterSeconds),
    "x-ratelimit-limit-requests": "5",
    "x-ratelimit-remaining-requests": "0",
    "x-ratelimit-reset-requests": `${retryAfterSeconds}s`,
  };
  return err;
}

export function serverError(): ApiError {
  return apiError(
    500,
    "The server had an error while processing your request. Sorry about that!",
    { type: "server_error" },
  );
}

export function forbiddenError(model: string): ApiError {
  return apiError(
    403,
    `Your organization must be verified to use the model \`${model}\`. Please go to: https://platform.openai.com/settings/organization/general and click on Verify Organization. If you just verified, it can take up to 15 minutes for access to propagate.`,
  );
}

/**
 * What the Images API answers when its safety system blocks a prompt or image: HTTP 400,
 * `type: "image_generation_user_error"`, `code: "moderation_blocked"`, the categories appended to
 * the message as `safety_violations=[...]` (the spec has no field for them; `safety_violations`
 * is added to the error object as a convenience).
 */
export function moderationBlockedError(requestId: string, categories: string[]): ApiError {
  const err = apiError(
    400,
    `Your request was rejected by the safety system. If you believe this is an error, contact us at help.openai.com and include the request ID ${requestId}. safety_violations=[${categories.join(", ")}].`,
    { type: "image_generation_user_error", code: "moderation_blocked" },
  );
  err.body.error.safety_violations = [...categories];
  return err;
}

export function modelNotFoundError(model: string): ApiError {
  return apiError(404, `The model \`${model}\` does not exist or you do not have access to it.`, {
    code: "model_not_found",
  });
}

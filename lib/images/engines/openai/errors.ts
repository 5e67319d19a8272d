import "server-only";
import OpenAI from "openai";
import { AppError } from "@/lib/errors";

/** Categories named by the safety system, from the error body or its message. */
function moderationCategories(error: InstanceType<typeof OpenAI.APIError>): string[] {
  const body = error.error as Record<string, unknown> | undefined;
  const fromBody = body?.["safety_violations"] ?? body?.["categories"];
  if (Array.isArray(fromBody)) return fromBody.map(String);
  const match = /safety_violations=\[([^\]]*)\]/.exec(error.message);
  return match?.[1] ? match[1].split(",").map((s) => s.trim()).filter(Boolean) : [];
}

/**
 * Turns whatever the SDK throws (after its own retries) into an AppError the user can act on.
 * Messages never include the key or the raw provider payload.
 */
export function toAppError(error: unknown, model: string): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof OpenAI.APIUserAbortError) {
    return new AppError("unavailable:canceled", "The generation was canceled.");
  }
  if (error instanceof OpenAI.APIConnectionTimeoutError) {
    return new AppError(
      "provider:timeout",
      "OpenAI did not answer in time. Try again, or raise OPENAI_TIMEOUT_MS for high-quality images.",
    );
  }
  if (error instanceof OpenAI.APIConnectionError) {
    return new AppError("provider:unreachable", "Could not reach the OpenAI API. Check the network and OPENAI_BASE_URL.");
  }
  if (error instanceof OpenAI.APIError) {
    if (error.code === "moderation_blocked" || error.code === "content_policy_violation") {
      const categories = moderationCategories(error);
      const suffix = categories.length > 0 ? ` (${categories.join(", ")})` : "";
      return new AppError(
        "provider:moderation_blocked",
        `OpenAI's safety system refused this request${suffix}. Please rephrase it and try again.`,
        { categories },
        422,
      );
    }
    if (error.status === 404 && (error.code === "model_not_found" || /model/i.test(error.message))) {
      return new AppError(
        "provider:model_not_found",
        `OpenAI no longer offers ${model}. Inkwell will use its successor for the next images.`,
        { model },
      );
    }
    switch (error.status) {
      case 401:
        return new AppError("config:openai_key", "OpenAI refused the API key. Check OPENAI_API_KEY on the server.");
      case 403:
        return new AppError(
          "config:openai_access",
          `This OpenAI account may not use ${model} (the organization may need verification). Check OPENAI_IMAGE_MODEL or the organization's settings.`,
        );
      case 429:
        return new AppError("rate_limited:provider", "OpenAI is limiting requests right now. Please try again in a minute.");
      case 400:
        return new AppError("provider:bad_request", `OpenAI refused the request: ${error.message.slice(0, 300)}`);
      default:
        if ((error.status ?? 0) >= 500) {
          return new AppError("provider:unavailable", "OpenAI had a problem generating this image. Please try again.");
        }
    }
  }
  if (error instanceof SyntaxError || error instanceof OpenAI.OpenAIError) {
    return new AppError("provider:bad_response", "OpenAI sent an answer Inkwell could not read. Please try again.");
  }
  return new AppError("provider:unknown", "The image could not be generated. Please try again.");
}

import type { Translator } from "@/lib/i18n/types";

/** An error as the API sends it: in a JSON answer (`{ error, code }`) or on a job (`{ code, message }`). */
export interface ApiErrorInfo {
  code: string;
  message: string;
}

/** Categories the safety system named, from "… refused this request (violence, self-harm). …". */
function moderationCategories(message: string): string | null {
  const match = /\(([^)]+)\)/.exec(message);
  return match?.[1]?.trim() || null;
}

/**
 * The user-facing words for an error: our own translation for the codes a user can act on, the
 * server's message (already safe to show) for the rest, a generic line when there is none.
 */
export function describeError(t: Translator, error: ApiErrorInfo): string {
  switch (error.code) {
    case "provider:moderation_blocked": {
      const categories = moderationCategories(error.message);
      return categories ? t("job.errors.moderationBlockedWith", { categories }) : t("job.errors.moderationBlocked");
    }
    case "provider:photo_refused": {
      const categories = moderationCategories(error.message);
      return categories ? t("job.errors.photoRefusedWith", { categories }) : t("job.errors.photoRefused");
    }
    case "config:openai_key":
      return t("job.errors.openaiKey");
    case "config:openai_access":
      return t("job.errors.openaiAccess");
    case "provider:timeout":
      return t("job.errors.timeout");
    case "rate_limited:provider":
      return t("job.errors.rateLimited");
    case "budget:exceeded":
      return t("job.errors.budget");
    case "unavailable:interrupted":
      return t("job.errors.interrupted");
    case "network":
      return t("job.errors.network");
    default:
      return error.message.trim() || t("common.errorGeneric");
  }
}

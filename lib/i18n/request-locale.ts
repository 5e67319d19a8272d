import type { AppError } from "@/lib/errors";
import { createTranslator } from "./index";
import { LOCALE_COOKIE, negotiateLocale, type Locale } from "./locales";

/** The reader's language for an API answer: the language cookie, else Accept-Language. */
export function localeOfRequest(headers: Headers): Locale {
  const cookie = headers.get("cookie") ?? "";
  const match = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`).exec(cookie);
  return negotiateLocale(match?.[1], headers.get("accept-language"));
}

const LIMIT_KEYS = {
  "rate_limited:sign_in": "limits.signIn",
  "rate_limited:sign_up": "limits.signUp",
  "rate_limited:tokens": "limits.tokens",
  "rate_limited:api": "limits.api",
  "rate_limited:open_jobs": "limits.openJobs",
  "rate_limited:live": "limits.live",
} as const;

/** "3 minutes", "45 secondes": a wait in the reader's language, rounded up. */
export function formatWait(seconds: number, locale: Locale): string {
  const t = createTranslator(locale);
  if (seconds < 60) return t("limits.seconds", { count: seconds });
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return t("limits.minutes", { count: minutes });
  return t("limits.hours", { count: Math.ceil(minutes / 60) });
}

/**
 * The message of an error for the reader: limits (429) are said in their language with the time
 * to wait; other API messages stay in English (the pages translate by `code`).
 */
export function localizedErrorMessage(error: AppError, locale: Locale): string {
  const key = LIMIT_KEYS[error.code as keyof typeof LIMIT_KEYS];
  const seconds = error.details?.retryAfterSeconds;
  if (!key || typeof seconds !== "number" || locale === "en") return error.message;
  return createTranslator(locale)(key, { wait: formatWait(seconds, locale) });
}

import type { Locale } from "./locales";

/**
 * Formats a date for the reader. Pass `timeZone` when the server renders it, so the server's
 * and the browser's output agree during hydration.
 */
export function formatDate(
  locale: Locale,
  value: Date | string | number,
  options: Intl.DateTimeFormatOptions = { dateStyle: "medium" },
): string {
  const date = value instanceof Date ? value : new Date(value);
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** Formats a number (`{ style: "currency", currency: "USD" }` for costs, `"percent"` for ratios). */
export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

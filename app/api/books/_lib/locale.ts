import { LOCALE_COOKIE, negotiateLocale, type Locale } from "@/lib/i18n";

/** The request's language, as the pages negotiate it: the language cookie, else Accept-Language. */
export function requestLocale(request: Request): Locale {
  const cookie = (request.headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return negotiateLocale(cookie ? decodeURIComponent(cookie) : undefined, request.headers.get("accept-language"));
}

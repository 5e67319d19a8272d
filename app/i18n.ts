import { cookies, headers } from "next/headers";
import { cache } from "react";
import { LOCALE_COOKIE, createTranslator, getMessages, negotiateLocale } from "@/lib/i18n";
import type { Locale, Messages, Translator } from "@/lib/i18n";

// Server-only helpers (Server Components, route handlers, server actions): they read the request.

/** The request's interface language: the `inkwell-locale` cookie, else Accept-Language, else English. */
export const getLocale = cache(async (): Promise<Locale> => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return negotiateLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerList.get("accept-language"));
});

/** A typed `t` for the request's language: `const t = await getT(); t("nav.library")`. */
export async function getT(): Promise<Translator> {
  return createTranslator(await getLocale());
}

/** The locale and its full catalogue, for handing to the client `I18nProvider`. */
export async function getRequestMessages(): Promise<{ locale: Locale; messages: Messages }> {
  const locale = await getLocale();
  return { locale, messages: getMessages(locale) };
}

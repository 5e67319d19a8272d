import { en } from "./messages/en";
import { fr } from "./messages/fr";
import type { Locale } from "./locales";
import { bindTranslator } from "./translate";
import type { Messages, Translator } from "./types";

export { LOCALES, DEFAULT_LOCALE, LOCALE_COOKIE, LOCALE_NAMES, isLocale, matchLocale, negotiateLocale } from "./locales";
export type { Locale } from "./locales";
export { translate, bindTranslator, interpolate, hasMessage } from "./translate";
export { formatDate, formatNumber } from "./format";
export type {
  DeepStringify,
  Messages,
  MessageKey,
  MessageVars,
  PlainMessageKey,
  PluralCategory,
  TranslateArgs,
  TranslationVars,
  Translator,
} from "./types";

const CATALOGUES: Readonly<Record<Locale, Messages>> = { en, fr };

/** The whole catalogue for one locale (the root layout hands it to the client provider). */
export function getMessages(locale: Locale): Messages {
  return CATALOGUES[locale];
}

/** A typed `t` for one locale, for server code and tests. Client components use `useT()`. */
export function createTranslator(locale: Locale): Translator {
  return bindTranslator(locale, getMessages(locale));
}

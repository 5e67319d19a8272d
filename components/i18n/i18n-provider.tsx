"use client";

import { createContext, use, useMemo, type ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { bindTranslator } from "@/lib/i18n/translate";
import type { Messages, Translator } from "@/lib/i18n/types";

// Imports point at lib/i18n's modules, not its index, so only the catalogue the server sent
// reaches the browser bundle.

interface I18nValue {
  locale: Locale;
  messages: Messages;
  t: Translator;
}

const I18nContext = createContext<I18nValue | null>(null);

export interface I18nProviderProps {
  locale: Locale;
  /** The catalogue for `locale` only (from `getMessages(locale)` in the root layout). */
  messages: Messages;
  children: ReactNode;
}

export function I18nProvider({ locale, messages, children }: I18nProviderProps) {
  const value = useMemo(() => ({ locale, messages, t: bindTranslator(locale, messages) }), [locale, messages]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

function useI18n(): I18nValue {
  const value = use(I18nContext);
  if (!value) throw new Error("useT/useLocale must be used inside <I18nProvider> (see app/layout.tsx).");
  return value;
}

/** The typed translator for Client Components: `const t = useT(); t("common.save")`. */
export function useT(): Translator {
  return useI18n().t;
}

export function useLocale(): Locale {
  return useI18n().locale;
}

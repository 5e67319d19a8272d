import type { Locale } from "@/lib/i18n/locales";
import type { PlainMessageKey, Translator } from "@/lib/i18n/types";
import { formatUsdAmount } from "@/lib/shared/money";

const KINDS: Readonly<Record<string, PlainMessageKey>> = {
  coloring: "library.kindColoring",
  photo: "library.kindPhoto",
  scene: "library.kindScene",
  variation: "library.kindVariation",
  edit: "library.kindEdit",
};

const ENGINES: Readonly<Record<string, PlainMessageKey>> = {
  offline: "library.engineOffline",
  openai: "library.engineOpenai",
};

/** "Coloring page", "Scene"...; an unknown kind is shown as it is. */
export function kindLabel(t: Translator, kind: string): string {
  const key = KINDS[kind];
  return key ? t(key) : kind;
}

export function engineLabel(t: Translator, engine: string): string {
  const key = ENGINES[engine];
  return key ? t(key) : engine;
}

/** "Free" for nothing, the exact price otherwise ("$0.042"). */
export function costLabel(t: Translator, locale: Locale, costUsd: number): string {
  return costUsd > 0 ? formatUsdAmount(costUsd, locale) : t("common.free");
}

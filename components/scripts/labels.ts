import { ApiError } from "@/components/api/api-error";
import { describeError } from "@/components/jobs/job-error";
import type { Locale } from "@/lib/i18n/locales";
import type { PlainMessageKey, Translator } from "@/lib/i18n/types";
import type { BatchJobView, ScriptAspect } from "./types";
import { formatUsdAmount } from "@/lib/shared/money";

const STYLE_KEYS: Readonly<Record<string, PlainMessageKey>> = {
  cinematic: "scripts.styles.cinematic",
  documentary: "scripts.styles.documentary",
  cartoon: "scripts.styles.cartoon",
  minimalist: "scripts.styles.minimalist",
  custom: "scripts.styles.custom",
};

const ASPECT_KEYS: Readonly<Record<ScriptAspect, PlainMessageKey>> = {
  "16:9": "scripts.frames.wide",
  "1:1": "scripts.frames.square",
  "9:16": "scripts.frames.tall",
};

const VARIATION_KEYS: Readonly<Record<string, PlainMessageKey>> = {
  "close-up": "scripts.variations.types.closeUp",
  "wide-shot": "scripts.variations.types.wideShot",
  "another-angle": "scripts.variations.types.anotherAngle",
  "other-lighting": "scripts.variations.types.otherLighting",
  "other-mood": "scripts.variations.types.otherMood",
};

const JOB_KIND_KEYS: Readonly<Record<string, PlainMessageKey>> = {
  scene: "scripts.job.scene",
  variation: "scripts.job.variation",
  edit: "scripts.job.edit",
};

export function styleLabel(t: Translator, style: string): string {
  const key = STYLE_KEYS[style];
  return key ? t(key) : style;
}

export function aspectLabel(t: Translator, aspect: ScriptAspect): string {
  return t(ASPECT_KEYS[aspect]);
}

/** "Close-up", "Wide shot"…; an unknown type is shown as it is. */
export function variationLabel(t: Translator, type: string): string {
  const key = VARIATION_KEYS[type];
  return key ? t(key) : type;
}

export function jobKindLabel(t: Translator, kind: string): string {
  const key = JOB_KIND_KEYS[kind];
  return key ? t(key) : kind;
}

/** An amount in dollars, e.g. "$0.042". */
export function usd(locale: Locale, value: number): string {
  return formatUsdAmount(value, locale);
}

/**
 * The server's message without its own "Line 3 ("…"): " or "Segment 3: " lead, so that the page
 * can put the number first in the reader's language: "Line 3: the timestamp…".
 */
export function stripNumberLead(message: string, line: number): string {
  const pattern = new RegExp(`^(?:Line|Segment|Item|Cue)\\s+${line}\\b(?:\\s*\\(".*?"\\))?\\s*:\\s*`);
  const rest = message.replace(pattern, "").trim();
  return rest || message;
}

/** A job's error as the API sends it, in the form `describeError` reads. */
function jobErrorInfo(error: BatchJobView["error"]): { code: string; message: string } {
  if (!error) return { code: "", message: "" };
  if (typeof error === "string") return { code: "", message: error };
  return { code: error.code ?? "", message: error.message ?? "" };
}

/** A job's failure in words; a safety refusal names the scene and the categories given. */
export function describeJobError(t: Translator, error: BatchJobView["error"]): string {
  const info = jobErrorInfo(error);
  if (info.code === "provider:moderation_blocked") {
    const categories = /\(([^)]+)\)/.exec(info.message)?.[1]?.trim();
    return categories ? t("scripts.errors.moderationBlockedWith", { categories }) : t("scripts.errors.moderationBlocked");
  }
  if (info.code === "unsupported:edit") return t("scripts.errors.editUnsupported");
  return describeError(t, info);
}

/** A refused request in words: the budget in this studio's terms, the rest like a job's failure. */
export function apiErrorText(t: Translator, error: unknown): string {
  if (error instanceof ApiError && error.code === "budget:exceeded") return t("scripts.batch.budget");
  const info = error instanceof ApiError ? { code: error.code, message: error.message } : { code: "", message: "" };
  return describeJobError(t, info);
}

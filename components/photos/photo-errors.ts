import { ApiError } from "@/components/api/api-error";
import { describeError } from "@/components/jobs/job-error";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/types";
import type { PhotoLimits } from "./types";

/** "20 MB" / "20 Mo". */
export function formatMegabytes(locale: Locale, bytes: number): string {
  const megabytes = bytes / 1024 / 1024;
  return new Intl.NumberFormat(locale, { style: "unit", unit: "megabyte", maximumFractionDigits: megabytes < 10 ? 1 : 0 }).format(megabytes);
}

/** A file's size for people: "850 KB", "4.2 MB". */
export function formatFileSize(locale: Locale, bytes: number): string {
  if (bytes >= 1024 * 1024) return formatMegabytes(locale, bytes);
  return new Intl.NumberFormat(locale, { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024));
}

/**
 * The user-facing words for a failed upload: our own translation for the codes of
 * `POST /api/photo-pages`, the shared job wording for the rest, the server's text as a fallback.
 */
export function describePhotoError(t: Translator, error: unknown, limits: PhotoLimits, locale: Locale): string {
  if (!(error instanceof ApiError)) return t("common.errorGeneric");
  switch (error.code) {
    case "invalid:photo_missing":
      return t("photos.errors.noPhoto");
    case "invalid:photo_empty":
      return t("photos.errors.empty");
    case "invalid:photo_corrupt":
      return t("photos.errors.corrupt");
    case "too_large:photo":
      return t("photos.errors.tooLarge", { size: formatMegabytes(locale, limits.maxBytes) });
    case "too_large:photo_pixels":
      return t("photos.errors.tooManyPixels", { megapixels: limits.maxMegapixels });
    case "unsupported:unknown":
      return t("photos.errors.notPhoto");
    case "unsupported:svg":
      return t("photos.errors.svg");
    case "unsupported:gif":
      return t("photos.errors.gif");
    case "unsupported:heic":
      return t("photos.errors.heic");
    case "unsupported:avif":
      return t("photos.errors.avif");
    case "unsupported:animation":
      return t("photos.errors.animation");
    case "invalid:mode":
      return t("photos.errors.redrawUnavailable");
    case "budget:exceeded":
      return t("photos.errors.budget");
    case "invalid:input":
      return error.message.trim() || t("photos.errors.input");
    default:
      return describeError(t, { code: error.code, message: error.message });
  }
}

const EXTENSION_ERRORS: Record<string, "photos.errors.heic" | "photos.errors.gif" | "photos.errors.svg" | "photos.errors.avif"> = {
  heic: "photos.errors.heic",
  heif: "photos.errors.heic",
  gif: "photos.errors.gif",
  svg: "photos.errors.svg",
  avif: "photos.errors.avif",
};

/**
 * Quick checks before anything is sent, so an obviously wrong file is refused at once. They only
 * look at the size, the declared type and the name; the server reads the bytes and decides.
 */
export function precheckPhoto(t: Translator, file: File, limits: PhotoLimits, locale: Locale): string | null {
  if (file.size === 0) return t("photos.errors.empty");
  if (file.size > limits.maxBytes) return t("photos.errors.tooLarge", { size: formatMegabytes(locale, limits.maxBytes) });
  const type = file.type.toLowerCase();
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? "";
  const subtype = type.startsWith("image/") ? type.slice("image/".length).replace(/\+xml$/, "") : "";
  const known = EXTENSION_ERRORS[subtype] ?? EXTENSION_ERRORS[extension];
  if (known) return t(known);
  // No declared type (some phones, unusual names): let the server look at the bytes.
  if (type && !type.startsWith("image/")) return t("photos.errors.notPhoto");
  return null;
}

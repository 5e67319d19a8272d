"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { MAIN_CONTENT_ID } from "./constants";

/** First focusable element of the page: jumps past the header to `<main id="main-content">`. */
export function SkipLink({ targetId = MAIN_CONTENT_ID }: { targetId?: string }) {
  const t = useT();
  return (
    <a
      href={`#${targetId}`}
      className="no-print sr-only z-50 rounded-lg bg-accent-700 px-4 py-2 font-semibold text-white focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
    >
      {t("nav.skipToContent")}
    </a>
  );
}

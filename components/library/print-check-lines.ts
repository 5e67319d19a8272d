import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/types";
import { PRINT_CHECK_ITEMS, type PixelBox, type PrintCheck, type PrintCheckItemId } from "@/lib/shared/print-check";

/** One line of a page's print check, in words a parent understands. */
export interface PrintCheckLine {
  id: PrintCheckItemId;
  pass: boolean;
  text: string;
  /** Where the failing parts are, in the page's pixels (empty when it passes). */
  locations: PixelBox[];
}

export const AGE_KEYS = { "3-5": "page.age3to5", "6-9": "page.age6to9", "10-12": "page.age10to12", adult: "page.ageAdult" } as const;

function formatters(locale: Locale) {
  const decimals = (value: number) => (value < 10 ? 1 : 0);
  return {
    mm: (value: number) => `${formatNumber(locale, value, { maximumFractionDigits: decimals(value) })}\u00a0mm`,
    mm2: (value: number) => `${formatNumber(locale, value, { maximumFractionDigits: decimals(value) })}\u00a0mm²`,
    share: (value: number) => formatNumber(locale, value, { style: "percent", maximumFractionDigits: value < 0.1 ? 1 : 0 }),
  };
}

/** The text of one item: its measure when it passes, what is wrong and by how much when it fails. */
function describeItem(check: PrintCheck, id: PrintCheckItemId, t: Translator, locale: Locale): string {
  const f = formatters(locale);
  const { items, thresholds } = check;
  switch (id) {
    case "grey":
      return items.grey.pass ? t("printCheck.items.grey.pass") : t("printCheck.items.grey.fail", { share: f.share(items.grey.share) });
    case "coverage": {
      const share = f.share(items.coverage.share);
      if (items.coverage.pass) return t("printCheck.items.coverage.pass", { share });
      return items.coverage.share < thresholds.coverage.min
        ? t("printCheck.items.coverage.tooLittle", { share })
        : t("printCheck.items.coverage.tooMuch", { share, limit: f.share(thresholds.coverage.max) });
    }
    case "lines": {
      const { medianMm, p5Mm, pass } = items.lines;
      if (medianMm === null || p5Mm === null) return t("printCheck.items.lines.none");
      return pass
        ? t("printCheck.items.lines.pass", { median: f.mm(medianMm), p5: f.mm(p5Mm) })
        : t("printCheck.items.lines.fail", { p5: f.mm(p5Mm), limit: f.mm(thresholds.minLineMm) });
    }
    case "areas": {
      const { count, smallestMm2, slivers, pass } = items.areas;
      return pass
        ? t("printCheck.items.areas.pass", { count, smallest: smallestMm2 === null ? "—" : f.mm2(smallestMm2) })
        : t("printCheck.items.areas.fail", { count, slivers, limit: f.mm2(thresholds.minAreaMm2) });
    }
    case "leaks":
      return items.leaks.pass ? t("printCheck.items.leaks.pass") : t("printCheck.items.leaks.fail", { count: items.leaks.count });
    case "specks": {
      const count = items.specks.count + items.specks.holes;
      return items.specks.pass ? t("printCheck.items.specks.pass") : t("printCheck.items.specks.fail", { count });
    }
    case "solids":
      return items.solids.pass ? t("printCheck.items.solids.pass") : t("printCheck.items.solids.fail", { count: items.solids.count });
  }
}

/** Every item of the check, in display order. */
export function describePrintCheck(check: PrintCheck, t: Translator, locale: Locale): PrintCheckLine[] {
  return PRINT_CHECK_ITEMS.map((id) => {
    const item = check.items[id];
    return { id, pass: item.pass, text: describeItem(check, id, t, locale), locations: item.pass ? [] : item.locations };
  });
}

/** The short names of the failing items, for the library's flag ("thin lines, open outlines"). */
export function listFailingItems(check: PrintCheck, t: Translator): string[] {
  return PRINT_CHECK_ITEMS.filter((id) => !check.items[id].pass).map((id) => t(`printCheck.short.${id}`));
}

/** Costs are kept in micro-dollars (millionths of a US dollar), so sums stay exact integers. */
export const MICRO_USD_PER_USD = 1_000_000;

export function microToUsd(micro: number): number {
  return micro / MICRO_USD_PER_USD;
}

/** Dollars as whole micro-dollars (rounded: 0.1 + 0.2 dollars is exactly 300 000). */
export function usdToMicro(usd: number): number {
  return Math.round(usd * MICRO_USD_PER_USD);
}

/** "$0.042" for small sums, "$1.25" past a dollar; "$0" for nothing. */
export function formatUsd(micro: number, locale = "en"): string {
  const usd = microToUsd(micro);
  const digits = usd === 0 ? 0 : usd < 0.01 ? 4 : usd < 1 ? 3 : 2;
  return new Intl.NumberFormat(locale, { style: "currency", currency: "USD", minimumFractionDigits: digits, maximumFractionDigits: digits }).format(usd);
}

/** `formatUsd` for an amount the API gave in dollars. */
export function formatUsdAmount(usd: number, locale = "en"): string {
  return formatUsd(usdToMicro(usd), locale);
}

const NAMED: Record<string, string> = { black: "#000000", white: "#ffffff", none: "none" };

/** Relative luminance (0 dark – 1 light) of an SVG colour; unknown colours count as mid-grey. */
export function luminance(color: string): number {
  const value = NAMED[color.toLowerCase()] ?? color;
  let hex = value.replace(/^#/, "");
  if (hex.length === 3 || hex.length === 4) hex = hex.slice(0, 3).replace(/./g, (c) => c + c);
  if (!/^[0-9a-f]{6}/i.test(hex)) return 0.5;
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

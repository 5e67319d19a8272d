import { loadArt } from "./art";
import { loadJsonAsset } from "./assets";

const CHARS = "@iconify-json/twemoji/chars.json";

/** A Twemoji picture (CC-BY 4.0) as a standalone SVG document, by its hex code; null when there is none. */
export function emojiSvg(hex: string): string | null {
  const chars = loadJsonAsset<Record<string, string>>(CHARS);
  const name = chars[hex] ?? chars[`${hex}-fe0f`];
  if (!name) return null;
  const art = loadArt({ name });
  const { x, y, width, height } = art.viewBox;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${width} ${height}">${art.body}</svg>`;
}

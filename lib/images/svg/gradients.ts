import { parseColor, type Rgb } from "./colors";
import { walkElements, isElement, type SvgElement } from "./tree";

/** Each gradient's average color over its stops (stop opacity included), to decide ink or paper. */
export function gradientColors(root: SvgElement): Map<string, Rgb> {
  const out = new Map<string, Rgb>();
  for (const element of walkElements(root)) {
    if (element.name !== "linearGradient" && element.name !== "radialGradient") continue;
    const id = element.attributes.id;
    if (!id) continue;
    const stops = element.children.filter(isElement).filter((c) => c.name === "stop");
    const colors = stops.map((stop) => {
      const color = parseColor(stop.attributes["stop-color"] ?? "black") ?? { r: 0, g: 0, b: 0, alpha: 1 };
      const opacity = Number.parseFloat(stop.attributes["stop-opacity"] ?? "1");
      return { ...color, alpha: color.alpha * (Number.isFinite(opacity) ? Math.min(1, Math.max(0, opacity)) : 1) };
    });
    if (colors.length === 0) continue;
    const mean = (key: keyof Rgb): number => colors.reduce((sum, c) => sum + c[key], 0) / colors.length;
    out.set(id, { r: mean("r"), g: mean("g"), b: mean("b"), alpha: mean("alpha") });
  }
  return out;
}

/** Ids referenced as `url(#id)` anywhere in the tree. */
export function referencedIds(root: SvgElement): Set<string> {
  const ids = new Set<string>();
  for (const element of walkElements(root)) {
    for (const value of Object.values(element.attributes)) {
      for (const match of value.matchAll(/url\(\s*['"]?#([A-Za-z_][\w.-]*)/g)) if (match[1]) ids.add(match[1]);
    }
  }
  return ids;
}

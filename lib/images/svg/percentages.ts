const HORIZONTAL = new Set(["x", "x1", "x2", "cx", "width", "rx", "dx"]);
const VERTICAL = new Set(["y", "y1", "y2", "cy", "height", "ry", "dy"]);
const DIAGONAL = new Set(["r", "stroke-width"]);
const PERCENT = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)%\s*$/i;

function round(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/**
 * Lengths given in percent, made absolute against the viewport they are drawn in (horizontal ones
 * against its width, vertical ones its height, radii and stroke widths its normalized diagonal),
 * as SVG defines them.
 */
export function resolvePercentages(attributes: Record<string, string>, viewport: { width: number; height: number }): Record<string, string> {
  const out: Record<string, string> = { ...attributes };
  const diagonal = Math.sqrt((viewport.width ** 2 + viewport.height ** 2) / 2);
  for (const [name, value] of Object.entries(attributes)) {
    const match = PERCENT.exec(value);
    if (!match) continue;
    const ratio = Number.parseFloat(match[1]!) / 100;
    if (HORIZONTAL.has(name)) out[name] = round(ratio * viewport.width);
    else if (VERTICAL.has(name)) out[name] = round(ratio * viewport.height);
    else if (DIAGONAL.has(name)) out[name] = round(ratio * diagonal);
  }
  return out;
}

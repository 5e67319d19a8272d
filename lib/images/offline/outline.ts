import { luminance } from "./color";
import { parseShapes, type SvgShape } from "./svg-shapes";

/** How icon shapes become line art (all sizes in the icon's own units). */
export interface OutlineOptions {
  /** Shapes whose larger side is below this are dropped as clutter (dark ones may stay as dots). */
  minDetail?: number;
  /** Small dark shapes (eyes, nostrils) up to this size are kept as solid black dots. */
  dotMax?: number;
  /**
   * Shapes whose inside (their box less the line, about half filled) is smaller than this area
   * are dropped too: a child could not color them (in the icon's units, squared).
   */
  minArea?: number;
  /**
   * "outline": white fills, black strokes (a coloring page);
   * "color": the original fills with the same black strokes (a colored-in reference).
   */
  mode?: "outline" | "color";
}

const ROUND = 'stroke-linejoin="round" stroke-linecap="round"';

function size(shape: SvgShape): number {
  return Math.max(shape.bounds.maxX - shape.bounds.minX, shape.bounds.maxY - shape.bounds.minY);
}

/** One icon shape as an SVG element (its geometry only), with extra attributes. */
export function shapeElement(shape: SvgShape, extra: string): string {
  const attrs = Object.entries(shape.geometry)
    .map(([k, v]) => `${k}="${v}"`)
    .join(" ");
  return `<${shape.tag} ${attrs}${extra}/>`;
}

type Kept = { shape: SvgShape; dot: boolean };

/** About how much area a shape leaves to color: its box less the line, half filled. */
function inside(shape: SvgShape, strokeWidth: number): number {
  const w = Math.max(0, shape.bounds.maxX - shape.bounds.minX - strokeWidth);
  const h = Math.max(0, shape.bounds.maxY - shape.bounds.minY - strokeWidth);
  return w * h * 0.5;
}

/** Chooses the shapes worth drawing and which of them become solid dots. */
export function selectShapes(shapes: readonly SvgShape[], strokeWidth: number, options: OutlineOptions = {}): Kept[] {
  const minDetail = Math.max(options.minDetail ?? 0, strokeWidth * 1.2);
  const dotMax = options.dotMax ?? 0;
  const kept: Kept[] = [];
  for (const shape of shapes) {
    if (shape.fill === "none" || shape.opacity < 0.5) continue;
    const part = Math.min(size(shape), shape.largestPart);
    const dark = luminance(shape.fill) < 0.06;
    if (dark && part <= dotMax && part >= strokeWidth * 0.8) kept.push({ shape, dot: true });
    else if (part >= minDetail && inside(shape, strokeWidth) >= (options.minArea ?? 0)) kept.push({ shape, dot: false });
  }
  return kept;
}

/** Serialises chosen shapes as line art (or coloured art with the same lines). */
export function drawShapes(kept: readonly Kept[], strokeWidth: number, mode: OutlineOptions["mode"] = "outline"): string {
  const parts = kept.map(({ shape, dot }) => {
    if (dot) return shapeElement(shape, ' fill="#000"');
    if (mode === "color") {
      const opacity = shape.opacity < 1 ? ` fill-opacity="${shape.opacity}"` : "";
      return shapeElement(shape, ` fill="${shape.fill}"${opacity}`);
    }
    return shapeElement(shape, "");
  });
  return `<g fill="#fff" stroke="#000" stroke-width="${round(strokeWidth)}" ${ROUND}>${parts.join("")}</g>`;
}

/**
 * A white silhouette of the shapes grown by `margin`: drawn under an icon, it clears background
 * lines around it so the subject stands out cleanly.
 */
export function knockoutShapes(kept: readonly Kept[], margin: number): string {
  const parts = kept.map(({ shape }) => shapeElement(shape, ""));
  return `<g fill="#fff" stroke="#fff" stroke-width="${round(margin * 2)}" ${ROUND}>${parts.join("")}</g>`;
}

/** Converts an icon body to line art: every fill white, every shape stroked black with round joins. */
export function outlineSvg(body: string, strokeWidth: number, options: OutlineOptions = {}): string {
  return drawShapes(selectShapes(parseShapes(body), strokeWidth, options), strokeWidth, options.mode);
}

function round(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

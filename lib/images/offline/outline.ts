import { luminance } from "./color";
import { unionBounds } from "./geometry";
import { splitSubpaths } from "./path-bounds";
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

/** A shape to draw: as an outline, as a solid dot, or (`ring`, a radius) as a round outlined eye. */
type Kept = { shape: SvgShape; dot: boolean; ring?: number };

/**
 * A path without its subpaths too small to leave an area to color (a coral's tiny holes, a
 * stripe's crumbs), or null when none is left. Other shapes come back as they are.
 */
export function trimSubpaths(shape: SvgShape, strokeWidth: number, minArea: number): SvgShape | null {
  if (shape.tag !== "path" || !shape.geometry.d || minArea <= 0 || !/[mM].*[mM]/s.test(shape.geometry.d.slice(1))) return shape;
  const parts = splitSubpaths(shape.geometry.d);
  const kept = parts.filter((part) => inside({ bounds: part.bounds }, strokeWidth) >= minArea);
  if (kept.length === parts.length) return shape;
  if (kept.length === 0) return null;
  return { ...shape, geometry: { ...shape.geometry, d: kept.map((part) => part.text).join("") }, bounds: kept.map((part) => part.bounds).reduce(unionBounds) };
}

/** About how much area a shape leaves to color: its box less the line, half filled. */
function inside(shape: Pick<SvgShape, "bounds">, strokeWidth: number): number {
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

/**
 * A dark detail as a round dot of about its area, at its centre. Round dots read as eyes and
 * never as a line stopping short of another (an oval's ends would, to a print check).
 */
function roundDot(shape: SvgShape): string {
  const { minX, minY, maxX, maxY } = shape.bounds;
  const r = Math.sqrt((maxX - minX) * (maxY - minY)) / 2;
  return `<circle cx="${round((minX + maxX) / 2)}" cy="${round((minY + maxY) / 2)}" r="${round(r)}" fill="#000" stroke="none"/>`;
}

/** Serialises chosen shapes as line art (or coloured art with the same lines); `roundDots` draws dark details as round dots. */
export function drawShapes(kept: readonly Kept[], strokeWidth: number, mode: OutlineOptions["mode"] = "outline", roundDots = false): string {
  const parts = kept.map(({ shape, dot, ring }) => {
    if (ring !== undefined) {
      const { minX, minY, maxX, maxY } = shape.bounds;
      return `<circle cx="${round((minX + maxX) / 2)}" cy="${round((minY + maxY) / 2)}" r="${round(ring)}"/>`;
    }
    if (dot && roundDots) return roundDot(shape);
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

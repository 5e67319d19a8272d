/** Patterns are drawn in an artwork's own units too (a 36-unit icon), so keep three decimals. */
function n(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/**
 * The fill patterns ("tangles") that cover an area: a zentangle region, an owl's wing. Each is
 * one repeating tile drawn as an SVG pattern, so an area of any shape is filled without clip
 * paths (which cost a full-page layer each to render).
 */
export const FILL_KINDS = ["stripes", "waves", "zigzag", "scales", "grid", "diamonds", "dots", "bricks", "honeycomb", "flowers"] as const;
export type FillKind = (typeof FILL_KINDS)[number];

/** Bold fills for children of 10–12: few lines, big areas, and no closed motifs to be cut in crumbs at a shape's edge. */
export const BOLD_FILLS: readonly FillKind[] = ["stripes", "waves", "zigzag", "scales", "grid"];

/** Fills made of lines only: cut at any border, they end on it cleanly. */
export const LINE_FILLS: readonly FillKind[] = ["stripes", "waves", "zigzag", "scales", "grid", "diamonds", "bricks", "honeycomb"];

/** A fill pattern, in the units of the shape it fills. */
export interface FillPattern {
  kind: FillKind;
  /** The repeat: spacing between lines, or the size of a motif. */
  cell: number;
  /** Rotation in degrees. */
  angle: number;
  /** Line width. */
  line: number;
  /** Background of the tile in the colored reference (white on the coloring page). */
  color: string;
}

interface Tile {
  width: number;
  height: number;
  /** Open lines (stroked, unfilled). */
  lines: string;
  /** Closed motifs (stroked and filled). */
  motifs: string;
}

function circlePath(cx: number, cy: number, r: number): string {
  return `M${n(cx - r)} ${n(cy)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0z`;
}

/** Draws a motif at its place and at the tile's neighbouring places, so what crosses an edge continues. */
function wrapped(width: number, height: number, at: Array<[number, number]>, draw: (x: number, y: number) => string): string {
  let d = "";
  for (const [x, y] of at) for (const dx of [-width, 0, width]) for (const dy of [-height, 0, height]) d += draw(x + dx, y + dy);
  return d;
}

/**
 * One tile of a pattern: every area it encloses is at least about half a cell squared, so the
 * cell sets how fine the pattern is. Lines crossing the tile's edges continue in the next tile.
 */
export function patternTile(kind: FillKind, c: number): Tile {
  const over = c * 0.1;
  switch (kind) {
    case "stripes":
      return { width: c, height: c, lines: `M${n(-over)} ${n(c / 2)}H${n(c + over)}`, motifs: "" };
    case "grid":
      return { width: c, height: c, lines: `M${n(-over)} ${n(c / 2)}H${n(c + over)}M${n(c / 2)} ${n(-over)}V${n(c + over)}`, motifs: "" };
    case "diamonds": {
      const s = c * 1.2;
      return { width: s, height: s, lines: `M${n(-over)} ${n(-over)}L${n(s + over)} ${n(s + over)}M${n(-over)} ${n(s + over)}L${n(s + over)} ${n(-over)}`, motifs: "" };
    }
    case "waves": {
      const L = c * 2;
      const a = c * 0.28;
      return { width: L, height: c, lines: `M${n(-L / 2)} ${n(c / 2)}Q${n(-L / 4)} ${n(c / 2 + 2 * a)} 0 ${n(c / 2)}T${n(L / 2)} ${n(c / 2)}T${n(L)} ${n(c / 2)}T${n(L * 1.5)} ${n(c / 2)}`, motifs: "" };
    }
    case "zigzag": {
      const L = c * 1.4;
      const a = c * 0.25;
      return { width: L, height: c, lines: `M${n(-L / 2)} ${n(c / 2 - a)}L0 ${n(c / 2 + a)}L${n(L / 2)} ${n(c / 2 - a)}L${n(L)} ${n(c / 2 + a)}L${n(L * 1.5)} ${n(c / 2 - a)}`, motifs: "" };
    }
    case "scales": {
      const r = c * 0.65;
      const arc = (x: number, y: number): string => `M${n(x - r)} ${n(y)}A${n(r)} ${n(r)} 0 0 0 ${n(x + r)} ${n(y)}`;
      return { width: 2 * r, height: 2 * r, lines: wrapped(2 * r, 2 * r, [[0, 0], [r, r]], arc), motifs: "" };
    }
    case "bricks": {
      const b = c * 1.6;
      const h = c * 0.8;
      const lines = `M${n(-over)} ${n(h / 2)}H${n(b + over)}M${n(-over)} ${n(h * 1.5)}H${n(b + over)}` +
        `M${n(b / 4)} ${n(h / 2)}V${n(h * 1.5)}M${n((3 * b) / 4)} ${n(h * 1.5)}V${n(2 * h + over)}M${n((3 * b) / 4)} ${n(-over)}V${n(h / 2)}`;
      return { width: b, height: 2 * h, lines, motifs: "" };
    }
    case "honeycomb": {
      const r = c * 0.8;
      const w = Math.sqrt(3) * r;
      const hex = (x: number, y: number): string =>
        Array.from({ length: 7 }, (_, k) => `${k === 0 ? "M" : "L"}${n(x + r * Math.sin((k * Math.PI) / 3))} ${n(y - r * Math.cos((k * Math.PI) / 3))}`).join("");
      return { width: w, height: 3 * r, lines: wrapped(w, 3 * r, [[0, 0], [w / 2, 1.5 * r]], hex), motifs: "" };
    }
    case "dots": {
      const w = c * 1.3;
      const h = c * 1.15;
      return { width: w, height: 2 * h, lines: "", motifs: wrapped(w, 2 * h, [[w / 2, h / 2], [0, h * 1.5]], (x, y) => circlePath(x, y, c * 0.38)) };
    }
    case "flowers": {
      // A quatrefoil (four half circles round a square) with a round heart well inside it.
      const s = c * 2.6;
      const a = s * 0.4;
      const h = a / 2;
      const flower = (x: number, y: number): string =>
        `M${n(x - h)} ${n(y - h)}A${n(h)} ${n(h)} 0 0 1 ${n(x + h)} ${n(y - h)}A${n(h)} ${n(h)} 0 0 1 ${n(x + h)} ${n(y + h)}` +
        `A${n(h)} ${n(h)} 0 0 1 ${n(x - h)} ${n(y + h)}A${n(h)} ${n(h)} 0 0 1 ${n(x - h)} ${n(y - h)}z` + circlePath(x, y, a * 0.32);
      return { width: s, height: s, lines: "", motifs: wrapped(s, s, [[s / 2, s / 2]], flower) };
    }
  }
}

/**
 * The SVG `<pattern>` element for a fill, with its id. Pattern space is the user space of the
 * shape it fills, so `pattern` is given in that shape's units.
 */
export function patternElement(id: string, pattern: FillPattern, mode: "outline" | "color"): string {
  const tile = patternTile(pattern.kind, pattern.cell);
  const ground = mode === "color" ? pattern.color : "#fff";
  const stroke = `stroke="#000" stroke-width="${n(pattern.line)}" stroke-linejoin="round" stroke-linecap="round"`;
  return (
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${n(tile.width)}" height="${n(tile.height)}" patternTransform="rotate(${n(pattern.angle)})">` +
    `<rect x="-1" y="-1" width="${n(tile.width + 2)}" height="${n(tile.height + 2)}" fill="${ground}"/>` +
    (tile.lines ? `<path d="${tile.lines}" fill="none" ${stroke}/>` : "") +
    (tile.motifs ? `<path d="${tile.motifs}" fill="#fff" ${stroke}/>` : "") +
    `</pattern>`
  );
}

import { parseTransform, transformBounds, type Bounds } from "./geometry";
import { pathBounds, subpathBounds } from "./path-bounds";

/** One drawable shape of an icon, with its inherited fill resolved. */
export interface SvgShape {
  tag: "path" | "circle" | "ellipse";
  /** Geometry attributes only (d, cx, cy, r, rx, ry, transform, fill-rule). */
  geometry: Record<string, string>;
  /** The resolved fill colour ("#000" when the SVG gives none, as the SVG default). */
  fill: string;
  /** Resolved opacity (opacity × fill-opacity, inherited). */
  opacity: number;
  bounds: Bounds;
  /** The larger side of its largest subpath: tells eyes drawn as one two-part path from a blob. */
  largestPart: number;
}

const TAG = /<(\/?)([\w:]+)((?:\s+[\w:-]+\s*=\s*"[^"]*")*)\s*(\/?)>/g;
const ATTR = /([\w:-]+)\s*=\s*"([^"]*)"/g;
const GEOMETRY = ["d", "cx", "cy", "r", "rx", "ry", "transform", "fill-rule"];

interface Inherited {
  fill: string;
  opacity: number;
  fillRule?: string;
}

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [, name, value] of text.matchAll(ATTR)) if (name) out[name] = value ?? "";
  return out;
}

function shapeBounds(tag: SvgShape["tag"], a: Record<string, string>): Bounds {
  const n = (key: string): number => Number(a[key] ?? 0);
  const local: Bounds =
    tag === "path"
      ? pathBounds(a.d ?? "")
      : tag === "circle"
        ? { minX: n("cx") - n("r"), minY: n("cy") - n("r"), maxX: n("cx") + n("r"), maxY: n("cy") + n("r") }
        : { minX: n("cx") - n("rx"), minY: n("cy") - n("ry"), maxX: n("cx") + n("rx"), maxY: n("cy") + n("ry") };
  return a.transform ? transformBounds(local, parseTransform(a.transform)) : local;
}

function side(b: Bounds): number {
  return Math.max(b.maxX - b.minX, b.maxY - b.minY);
}

function largestPart(tag: SvgShape["tag"], geometry: Record<string, string>, bounds: Bounds): number {
  if (tag !== "path" || geometry.transform) return side(bounds);
  return Math.max(0, ...subpathBounds(geometry.d ?? "").map(side));
}

/**
 * Flattens an icon body (paths, circles, ellipses in groups, with defs/use) into a list of
 * shapes in paint order. Clip paths are ignored: outlines do not need them.
 */
export function parseShapes(body: string): SvgShape[] {
  const defs = new Map<string, { tag: SvgShape["tag"]; attrs: Record<string, string> }>();
  const shapes: SvgShape[] = [];
  const stack: Inherited[] = [{ fill: "#000", opacity: 1 }];
  let hidden = 0;
  const emit = (tag: SvgShape["tag"], attrs: Record<string, string>, parent: Inherited): void => {
    const geometry: Record<string, string> = {};
    for (const key of GEOMETRY) if (attrs[key] !== undefined) geometry[key] = attrs[key];
    if (!geometry["fill-rule"] && parent.fillRule) geometry["fill-rule"] = parent.fillRule;
    const opacity = parent.opacity * Number(attrs.opacity ?? 1) * Number(attrs["fill-opacity"] ?? 1);
    const bounds = shapeBounds(tag, geometry);
    shapes.push({ tag, geometry, fill: attrs.fill ?? parent.fill, opacity, bounds, largestPart: largestPart(tag, geometry, bounds) });
  };
  for (const [, closing, rawTag, attrText, selfClosing] of body.matchAll(TAG)) {
    const tag = rawTag ?? "";
    const attrs = attributes(attrText ?? "");
    const parent = stack[stack.length - 1] ?? { fill: "#000", opacity: 1 };
    if (tag === "defs" || tag === "clipPath" || tag === "mask") {
      if (closing) hidden--;
      else if (!selfClosing) hidden++;
      continue;
    }
    if (tag === "g") {
      if (closing) stack.pop();
      else if (!selfClosing)
        stack.push({
          fill: attrs.fill ?? parent.fill,
          opacity: parent.opacity * Number(attrs.opacity ?? 1) * Number(attrs["fill-opacity"] ?? 1),
          fillRule: attrs["fill-rule"] ?? parent.fillRule,
        });
      continue;
    }
    if (closing) continue;
    if (tag === "path" || tag === "circle" || tag === "ellipse") {
      if (attrs.id) defs.set(attrs.id, { tag, attrs });
      if (hidden === 0) emit(tag, attrs, parent);
    } else if (tag === "use" && hidden === 0) {
      const ref = defs.get((attrs.href ?? attrs["xlink:href"] ?? "").replace(/^#/, ""));
      if (ref) emit(ref.tag, { ...ref.attrs, ...(attrs.fill ? { fill: attrs.fill } : {}) }, parent);
    }
  }
  return shapes;
}

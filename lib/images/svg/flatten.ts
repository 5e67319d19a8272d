import { SHAPES } from "./allowed";
import { parseColor, type Rgb } from "./colors";
import { parseViewBox } from "./geometry";
import { IDENTITY, multiply, parseTransform, viewBoxMatrix, type Matrix } from "./matrix";
import type { Segment } from "./path-data";
import { parseLength, shapeSegments } from "./shapes";
import { isElement, type SvgElement } from "./tree";

/** One shape to draw, with everything it inherits resolved. */
export interface FlatShape {
  segments: Segment[];
  matrix: Matrix;
  fill: Rgb | null;
  stroke: Rgb | null;
  strokeWidth: number;
  lineCap: "butt" | "round" | "square";
  lineJoin: "miter" | "round" | "bevel";
  miterLimit: number;
  evenOdd: boolean;
  dash: number[];
}

export interface FlatDrawing {
  shapes: FlatShape[];
  /** What stops the drawing from being drawn as vector paths (text, clipping, gradients, transparency). */
  unsupported: string[];
}

const INHERITED = ["fill", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "fill-rule", "stroke-dasharray", "visibility"] as const;
type Inherited = Partial<Record<(typeof INHERITED)[number], string>>;

function paint(value: string | undefined, unsupported: string[]): Rgb | null {
  if (!value || value === "none") return null;
  if (value.startsWith("url(")) {
    unsupported.push("gradient");
    return null;
  }
  const color = parseColor(value);
  if (color && color.alpha < 1) unsupported.push("transparency");
  return color;
}

/** The drawing of a normalized SVG as a flat list of shapes in root user units. */
export function flattenSvg(root: SvgElement): FlatDrawing {
  const shapes: FlatShape[] = [];
  const unsupported: string[] = [];
  const visit = (element: SvgElement, matrix: Matrix, inherited: Inherited): void => {
    const a = element.attributes;
    if (a.display === "none" || ["defs", "clipPath", "linearGradient", "radialGradient", "title", "desc"].includes(element.name)) return;
    if (a["clip-path"]) unsupported.push("clipping");
    if (a.opacity !== undefined && Number.parseFloat(a.opacity) < 1) unsupported.push("transparency");
    let m = multiply(matrix, parseTransform(a.transform) ?? IDENTITY);
    if (element.name === "svg" && element !== root) {
      const viewBox = parseViewBox(a.viewBox);
      const width = parseLength(a.width, null), height = parseLength(a.height, null);
      if (viewBox && width && height) m = multiply(m, viewBoxMatrix(viewBox, parseLength(a.x) ?? 0, parseLength(a.y) ?? 0, width, height, a.preserveAspectRatio));
    }
    const own: Inherited = { ...inherited };
    for (const name of INHERITED) if (a[name] !== undefined) own[name] = a[name];
    if (element.name === "text" || element.name === "tspan") {
      unsupported.push("text");
      return;
    }
    if (SHAPES.has(element.name)) {
      const segments = shapeSegments(element);
      // Percentages depend on the viewport a renderer resolves; only a rendering keeps them right.
      if (!segments && Object.values(a).some((v) => v.trim().endsWith("%"))) unsupported.push("percentages");
      if (!segments || own.visibility === "hidden") return;
      const dash = (own["stroke-dasharray"] ?? "none").split(/[\s,]+/).map(Number).filter((n) => Number.isFinite(n) && n >= 0);
      shapes.push({
        segments,
        matrix: m,
        fill: paint(own.fill ?? "black", unsupported),
        stroke: paint(own.stroke, unsupported),
        strokeWidth: parseLength(own["stroke-width"], 1) ?? 1,
        lineCap: own["stroke-linecap"] === "round" || own["stroke-linecap"] === "square" ? own["stroke-linecap"] : "butt",
        lineJoin: own["stroke-linejoin"] === "round" || own["stroke-linejoin"] === "bevel" ? own["stroke-linejoin"] : "miter",
        miterLimit: Number.parseFloat(own["stroke-miterlimit"] ?? "4") || 4,
        evenOdd: own["fill-rule"] === "evenodd",
        dash: dash.some((n) => n > 0) ? dash : [],
      });
      return;
    }
    for (const child of element.children) if (isElement(child)) visit(child, m, own);
  };
  visit(root, IDENTITY, {});
  return { shapes, unsupported: [...new Set(unsupported)] };
}

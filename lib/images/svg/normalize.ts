import { isInkFill, isInkStroke, parseColor, parsePaint, type Paint, type Rgb } from "./colors";
import { canvasOf, insideBox, parseViewBox, segmentsBounds, type Box, type Canvas } from "./geometry";
import { gradientColors, referencedIds } from "./gradients";
import { IDENTITY, multiply, parseTransform, viewBoxMatrix, type Matrix } from "./matrix";
import { resolvePercentages } from "./percentages";
import { parseLength, shapeSegments } from "./shapes";
import { SHAPES } from "./allowed";
import { isElement, serializeSvg, type SvgElement, type SvgNode } from "./tree";

/** The raster pipeline looks for a colored reference in this bottom-right share of the page. */
export const REFERENCE_CORNER_SHARE = 0.45;
const INK = "#000000";
const PAPER = "#ffffff";
const PAINT_PROPERTIES = ["fill", "stroke", "opacity", "fill-opacity", "stroke-opacity", "color"] as const;

export interface NormalizeOptions {
  /**
   * Keep the colors of the drawing that lies entirely inside this box (root user units): the
   * reference picture. `true` uses the bottom-right corner, as the raster pipeline does.
   */
  reference?: Box | boolean;
}

export interface NormalizedSvg {
  svg: string;
  canvas: Canvas;
  /** Whether some drawing kept its colors as the reference. */
  keptReference: boolean;
}

interface Context {
  /** The user-space size that percentages refer to. */
  viewport: { width: number; height: number };
  fill: string;
  stroke: string;
  color: string;
  opacity: number;
  fillOpacity: number;
  strokeOpacity: number;
  matrix: Matrix;
}

function number(value: string | undefined, fallback: number): number {
  const n = Number.parseFloat(value ?? "");
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : fallback;
}

function referenceBox(option: NormalizeOptions["reference"], canvas: Canvas): Box | null {
  if (!option) return null;
  if (option !== true) return option;
  const [vx, vy, vw, vh] = canvas.viewBox;
  return { x: vx + vw * (1 - REFERENCE_CORNER_SHARE), y: vy + vh * (1 - REFERENCE_CORNER_SHARE), width: vw * REFERENCE_CORNER_SHARE, height: vh * REFERENCE_CORNER_SHARE };
}

/**
 * Makes an already sanitized SVG print-ready for coloring: visible strokes become black outlines,
 * very dark fills stay solid black, every other fill becomes white paper to color in (opacity and
 * gradients taken into account, then dropped), on a white background. Percentages are resolved so
 * the drawing no longer depends on a renderer's viewport. Drawing entirely inside the reference
 * box keeps its colors when a reference is asked for.
 */
export function normalizeSvgTree(root: SvgElement, options: NormalizeOptions = {}): NormalizedSvg {
  const canvas = canvasOf(root);
  const gradients = gradientColors(root);
  const box = referenceBox(options.reference, canvas);
  let keptReference = false;

  const toInk = (paint: Paint | null, context: Context, opacity: number, kind: "fill" | "stroke"): string => {
    if (!paint || paint.kind === "none") return "none";
    let color: Rgb | null | undefined;
    if (paint.kind === "color") color = paint.color;
    else if (paint.kind === "current") color = parseColor(context.color);
    else color = gradients.get(paint.id);
    if (!color) return paint.kind === "url" ? "none" : INK;
    if (color.alpha * opacity === 0) return "none";
    return (kind === "fill" ? isInkFill(color, opacity) : isInkStroke(color, opacity)) ? INK : PAPER;
  };

  const leafBounds = (element: SvgElement, matrix: Matrix): Box | null => {
    if (SHAPES.has(element.name)) {
      const segments = shapeSegments(element);
      return segments ? segmentsBounds(segments, matrix) : null;
    }
    const x = parseLength(element.attributes.x) ?? 0, y = parseLength(element.attributes.y) ?? 0;
    return segmentsBounds([{ kind: "M", x, y }], matrix);
  };

  const visit = (element: SvgElement, parent: Context): SvgElement => {
    const a = resolvePercentages(element.attributes, parent.viewport);
    let matrix = multiply(parent.matrix, parseTransform(a.transform) ?? IDENTITY);
    let viewport = parent.viewport;
    if (element.name === "svg") {
      const viewBox = parseViewBox(a.viewBox);
      const width = parseLength(a.width, null), height = parseLength(a.height, null);
      if (viewBox && width && height) matrix = multiply(matrix, viewBoxMatrix(viewBox, parseLength(a.x) ?? 0, parseLength(a.y) ?? 0, width, height, a.preserveAspectRatio));
      viewport = viewBox ? { width: viewBox[2], height: viewBox[3] } : { width: width ?? viewport.width, height: height ?? viewport.height };
    }
    const context = { ...contextOf(a, parent, matrix), viewport };
    const attributes = Object.fromEntries(Object.entries(a).filter(([name]) => !(PAINT_PROPERTIES as readonly string[]).includes(name)));
    const leaf = SHAPES.has(element.name) || element.name === "text" || element.name === "tspan";
    const bounds = box && leaf ? leafBounds(element, matrix) : null;
    if (box && bounds && insideBox(bounds, box)) {
      keptReference = true;
      Object.assign(attributes, { fill: context.fill, stroke: context.stroke, color: context.color, opacity: String(context.opacity), "fill-opacity": String(context.fillOpacity), "stroke-opacity": String(context.strokeOpacity) });
    } else if (leaf || a.fill !== undefined || a.stroke !== undefined || a.color !== undefined || a.opacity !== undefined) {
      // Groups get their resolved colors too, so whatever inherits from them is ink or paper.
      attributes.fill = toInk(parsePaint(context.fill), context, context.fillOpacity * context.opacity, "fill");
      attributes.stroke = toInk(parsePaint(context.stroke), context, context.strokeOpacity * context.opacity, "stroke");
    }
    const children: SvgNode[] = element.children.map((child) => (isElement(child) ? visit(child, context) : child));
    return { name: element.name, attributes, children };
  };

  const start: Context = { viewport: { width: canvas.viewBox[2], height: canvas.viewBox[3] }, fill: "black", stroke: "none", color: "black", opacity: 1, fillOpacity: 1, strokeOpacity: 1, matrix: IDENTITY };
  // The root's own paint is inherited by everything; its attributes are rewritten on the leaves.
  const rootContext = contextOf(root.attributes, start, IDENTITY);
  const rootAttributes = Object.fromEntries(Object.entries(root.attributes).filter(([name]) => !(PAINT_PROPERTIES as readonly string[]).includes(name) && name !== "transform"));
  const body = root.children.map((child) => (isElement(child) ? visit(child, rootContext) : child));
  const out: SvgElement = { name: "svg", attributes: { ...rootAttributes, viewBox: canvas.viewBox.join(" "), width: String(canvas.width), height: String(canvas.height) }, children: body };
  // Gradients only a kept reference still uses stay; the rest go with their colors.
  const used = referencedIds(out);
  out.children = out.children.filter((child) => !isElement(child) || !isGradient(child) || used.has(child.attributes.id ?? ""));
  for (const child of out.children) if (isElement(child) && child.name === "defs") child.children = child.children.filter((c) => !isElement(c) || !isGradient(c) || used.has(c.attributes.id ?? ""));
  const [vx, vy, vw, vh] = canvas.viewBox;
  out.children.unshift({ name: "rect", attributes: { x: String(vx), y: String(vy), width: String(vw), height: String(vh), fill: PAPER, stroke: "none" }, children: [] });
  return { svg: serializeSvg(out), canvas, keptReference };
}

function contextOf(a: Record<string, string>, parent: Context, matrix: Matrix): Context {
  return {
    viewport: parent.viewport,
    fill: a.fill ?? parent.fill,
    stroke: a.stroke ?? parent.stroke,
    color: a.color ?? parent.color,
    opacity: parent.opacity * number(a.opacity, 1),
    fillOpacity: a["fill-opacity"] === undefined ? parent.fillOpacity : number(a["fill-opacity"], 1),
    strokeOpacity: a["stroke-opacity"] === undefined ? parent.strokeOpacity : number(a["stroke-opacity"], 1),
    matrix,
  };
}

function isGradient(element: SvgElement): boolean {
  return element.name === "linearGradient" || element.name === "radialGradient";
}

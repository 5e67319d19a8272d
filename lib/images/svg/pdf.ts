import {
  LineCapStyle,
  LineJoinStyle,
  PDFDocument,
  PDFOperator,
  PDFOperatorNames,
  appendBezierCurve,
  appendQuadraticCurve,
  closePath,
  concatTransformationMatrix,
  endPath,
  fill,
  fillAndStroke,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  setDashPattern,
  setFillingRgbColor,
  setLineCap,
  setLineJoin,
  setLineWidth,
  setStrokingRgbColor,
  stroke,
} from "pdf-lib";
import { pagePdf } from "../pdf";
import { MARGIN_PX, DPI, paperPoints, type Orientation, type Paper } from "../paper";
import type { Rgb } from "./colors";
import { flattenSvg, type FlatShape } from "./flatten";
import { canvasOf } from "./geometry";
import { multiply, type Matrix } from "./matrix";
import { arcToCubics } from "./path-data";
import { parseSvg } from "./parse";

export interface SvgPdfInput {
  /** A normalized SVG (see `normalizeSvgTree`). */
  svg: string;
  /** The 300 DPI page, drawn instead where vector paths cannot be kept. */
  png: Buffer;
  paper: Paper;
  orientation: Orientation;
  title: string;
}

const CAPS = { butt: LineCapStyle.Butt, round: LineCapStyle.Round, square: LineCapStyle.Projecting } as const;
const JOINS = { miter: LineJoinStyle.Miter, round: LineJoinStyle.Round, bevel: LineJoinStyle.Bevel } as const;
const channel = (c: Rgb): [number, number, number] => [c.r / 255, c.g / 255, c.b / 255];

function shapeOperators(shape: FlatShape, page: Matrix): PDFOperator[] {
  const m = multiply(page, shape.matrix);
  const ops: PDFOperator[] = [pushGraphicsState(), concatTransformationMatrix(...m)];
  if (shape.fill) ops.push(setFillingRgbColor(...channel(shape.fill)));
  if (shape.stroke) ops.push(setStrokingRgbColor(...channel(shape.stroke)), setLineWidth(shape.strokeWidth), setLineCap(CAPS[shape.lineCap]), setLineJoin(JOINS[shape.lineJoin]), setDashPattern(shape.dash, 0));
  let x = 0, y = 0, startX = 0, startY = 0;
  for (const s of shape.segments) {
    if (s.kind === "Z") { ops.push(closePath()); x = startX; y = startY; continue; }
    if (s.kind === "M") { ops.push(moveTo(s.x, s.y)); startX = s.x; startY = s.y; }
    else if (s.kind === "L") ops.push(lineTo(s.x, s.y));
    else if (s.kind === "C") ops.push(appendBezierCurve(s.x1, s.y1, s.x2, s.y2, s.x, s.y));
    else if (s.kind === "Q") ops.push(appendQuadraticCurve(s.x1, s.y1, s.x, s.y));
    else if (s.kind === "A") for (const c of arcToCubics(x, y, s)) ops.push(appendBezierCurve(c.x1, c.y1, c.x2, c.y2, c.x, c.y));
    x = s.x; y = s.y;
  }
  if (shape.fill && shape.stroke) ops.push(shape.evenOdd ? PDFOperator.of(PDFOperatorNames.FillEvenOddAndStroke) : fillAndStroke());
  else if (shape.fill) ops.push(shape.evenOdd ? PDFOperator.of(PDFOperatorNames.FillEvenOdd) : fill());
  else if (shape.stroke) ops.push(stroke());
  else ops.push(endPath());
  ops.push(popGraphicsState());
  return ops;
}

/**
 * The page as a PDF of its paper size. Its drawing stays vector (paths, fills and strokes, in
 * black and white and the reference's colors) where pdf-lib can draw it; text, clipping,
 * gradients or transparency make the whole page fall back to the 300 DPI PNG.
 */
export async function svgPagePdf(input: SvgPdfInput): Promise<{ pdf: Buffer; vector: boolean; unsupported: string[] }> {
  const root = parseSvg(input.svg);
  const drawing = flattenSvg(root);
  if (drawing.unsupported.length > 0) {
    return { pdf: await pagePdf({ png: input.png, paper: input.paper, orientation: input.orientation, title: input.title }), vector: false, unsupported: drawing.unsupported };
  }
  const canvas = canvasOf(root);
  const size = paperPoints(input.paper, input.orientation);
  const margin = (MARGIN_PX / DPI) * 72;
  const [vx, vy, vw, vh] = canvas.viewBox;
  const scale = Math.min((size.width - 2 * margin) / vw, (size.height - 2 * margin) / vh);
  const left = (size.width - vw * scale) / 2, top = (size.height - vh * scale) / 2;
  // SVG's y grows downwards, PDF's upwards.
  const page: Matrix = [scale, 0, 0, -scale, left - vx * scale, size.height - top + vy * scale];
  const doc = await PDFDocument.create();
  doc.setTitle(input.title);
  doc.setCreator("Inkwell");
  doc.setProducer("Inkwell");
  const pdfPage = doc.addPage([size.width, size.height]);
  for (const shape of drawing.shapes) pdfPage.pushOperators(...shapeOperators(shape, page));
  return { pdf: Buffer.from(await doc.save()), vector: true, unsupported: [] };
}

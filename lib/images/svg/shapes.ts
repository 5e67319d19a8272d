import { parsePathData, type Segment } from "./path-data";
import type { SvgElement } from "./tree";

const UNITS: Record<string, number> = { "": 1, px: 1, pt: 96 / 72, pc: 16, in: 96, cm: 96 / 2.54, mm: 96 / 25.4 };

/** A length in user units; null for percentages and anything unreadable. */
export function parseLength(value: string | undefined, fallback: number | null = 0): number | null {
  if (value === undefined) return fallback;
  const match = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*(px|pt|pc|in|cm|mm)?\s*$/i.exec(value);
  if (!match) return null;
  return Number.parseFloat(match[1]!) * (UNITS[(match[2] ?? "").toLowerCase()] ?? 1);
}

function points(value: string | undefined): number[] | null {
  const numbers = (value ?? "").trim().split(/[\s,]+/).filter(Boolean).map(Number);
  return numbers.length >= 4 && numbers.length % 2 === 0 && numbers.every(Number.isFinite) ? numbers : null;
}

function ellipse(cx: number, cy: number, rx: number, ry: number): Segment[] {
  return [
    { kind: "M", x: cx + rx, y: cy },
    { kind: "A", rx, ry, rotation: 0, large: false, sweep: true, x: cx, y: cy + ry },
    { kind: "A", rx, ry, rotation: 0, large: false, sweep: true, x: cx - rx, y: cy },
    { kind: "A", rx, ry, rotation: 0, large: false, sweep: true, x: cx, y: cy - ry },
    { kind: "A", rx, ry, rotation: 0, large: false, sweep: true, x: cx + rx, y: cy },
    { kind: "Z" },
  ];
}

function rect(e: SvgElement): Segment[] | null {
  const a = e.attributes;
  const [x, y, w, h] = [parseLength(a.x), parseLength(a.y), parseLength(a.width, null), parseLength(a.height, null)];
  if (x === null || y === null || w === null || h === null || w <= 0 || h <= 0) return null;
  let rx = parseLength(a.rx, null), ry = parseLength(a.ry, null);
  rx = Math.min(Math.max(rx ?? ry ?? 0, 0), w / 2);
  ry = Math.min(Math.max(ry ?? rx, 0), h / 2);
  if (rx === 0 || ry === 0) {
    return [{ kind: "M", x, y }, { kind: "L", x: x + w, y }, { kind: "L", x: x + w, y: y + h }, { kind: "L", x, y: y + h }, { kind: "Z" }];
  }
  const arc = (ex: number, ey: number): Segment => ({ kind: "A", rx, ry, rotation: 0, large: false, sweep: true, x: ex, y: ey });
  return [
    { kind: "M", x: x + rx, y }, { kind: "L", x: x + w - rx, y }, arc(x + w, y + ry),
    { kind: "L", x: x + w, y: y + h - ry }, arc(x + w - rx, y + h),
    { kind: "L", x: x + rx, y: y + h }, arc(x, y + h - ry),
    { kind: "L", x, y: y + ry }, arc(x + rx, y), { kind: "Z" },
  ];
}

/** A shape element's outline as path segments in its own coordinates; null when it draws nothing or is unreadable. */
export function shapeSegments(e: SvgElement): Segment[] | null {
  const a = e.attributes;
  switch (e.name) {
    case "path":
      return a.d ? parsePathData(a.d) : null;
    case "rect":
      return rect(e);
    case "circle": {
      const [cx, cy, r] = [parseLength(a.cx), parseLength(a.cy), parseLength(a.r, null)];
      return cx === null || cy === null || r === null || r <= 0 ? null : ellipse(cx, cy, r, r);
    }
    case "ellipse": {
      const [cx, cy, rx, ry] = [parseLength(a.cx), parseLength(a.cy), parseLength(a.rx, null), parseLength(a.ry, null)];
      return cx === null || cy === null || rx === null || ry === null || rx <= 0 || ry <= 0 ? null : ellipse(cx, cy, rx, ry);
    }
    case "line": {
      const [x1, y1, x2, y2] = [parseLength(a.x1), parseLength(a.y1), parseLength(a.x2), parseLength(a.y2)];
      return x1 === null || y1 === null || x2 === null || y2 === null ? null : [{ kind: "M", x: x1, y: y1 }, { kind: "L", x: x2, y: y2 }];
    }
    case "polyline":
    case "polygon": {
      const p = points(a.points);
      if (!p) return null;
      const out: Segment[] = [];
      for (let i = 0; i < p.length; i += 2) out.push({ kind: i === 0 ? "M" : "L", x: p[i]!, y: p[i + 1]! });
      if (e.name === "polygon") out.push({ kind: "Z" });
      return out;
    }
    default:
      return null;
  }
}

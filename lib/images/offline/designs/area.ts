import type { PageFrame } from "../page-frame";
import { n, type Box, type SceneLayer, type SceneShape } from "../scene";
import { roundedRect } from "./shapes";

/** Where a design is drawn: the page inside its margins and below the title. */
export function designArea(frame: PageFrame): Box {
  const { width: W, height: H, margin, top } = frame;
  return { x: margin, y: top, width: W - 2 * margin, height: H - margin - top };
}

export function rectPath(b: Box): string {
  return `M${n(b.x)} ${n(b.y)}H${n(b.x + b.width)}V${n(b.y + b.height)}H${n(b.x)}z`;
}

/** The inset's box grown by a little, so a design stops short of the colored reference. */
export function insetKeepOut(frame: PageFrame): Box | null {
  if (!frame.inset) return null;
  const pad = frame.unit * 12;
  return { x: frame.inset.x - pad, y: frame.inset.y - pad, width: frame.inset.width + 2 * pad, height: frame.inset.height + 2 * pad };
}

/**
 * The design's frame: a white mat over everything drawn outside `area` (patterns are drawn
 * past it and trimmed this way, which is much cheaper to render than clipping), then the
 * frame's outline, then a white box with an outline where the colored reference goes.
 */
export function frameLayers(frame: PageFrame, area: Box, round: number): SceneLayer[] {
  const { width: W, height: H, profile } = frame;
  const outside = `M-20 -20H${W + 20}V${H + 20}H-20z${roundedRect(area.x, area.y, area.width, area.height, round)}`;
  const layers: SceneLayer[] = [
    { kind: "shapes", line: profile.line, shapes: [{ d: outside, fill: "#ffffff", line: "mask", evenOdd: true }] },
    { kind: "shapes", line: profile.line, shapes: [{ d: roundedRect(area.x, area.y, area.width, area.height, round), fill: "none", line: "open" }] },
  ];
  const keepOut = insetKeepOut(frame);
  if (keepOut) {
    const shape: SceneShape = { d: rectPath(keepOut), fill: "#ffffff" };
    layers.push({ kind: "shapes", line: profile.line, shapes: [shape] });
  }
  return layers;
}

import type { PageFrame } from "../page-frame";
import type { PagePlan } from "../plan";
import type { SceneLayer } from "../scene";
import { designArea, frameLayers, insetKeepOut } from "./area";
import { rosetteShapes } from "./mandala";
import { subjectLayer } from "./subject";

/**
 * A mandala page: one big mandala in the middle of a rounded frame, quarter mandalas in the
 * corners, and the theme's subject in its heart when the theme names one ("owl mandala").
 */
export function mandalaPage(plan: PagePlan, frame: PageFrame): SceneLayer[] {
  const { profile, random, unit } = frame;
  const area = designArea(frame);
  const gap = unit * 25;
  const cx = area.x + area.width / 2;
  const keepOut = insetKeepOut(frame);
  // Centred in the area; with a colored reference, small enough to stay clear of it.
  const cy = area.y + (keepOut ? Math.min(area.height / 2, (keepOut.y - area.y) / 2 + area.height * 0.1) : area.height / 2);
  let r = Math.min(area.width, area.height) / 2 - gap;
  if (keepOut) {
    const dx = Math.max(0, keepOut.x - cx, cx - (keepOut.x + keepOut.width));
    const dy = Math.max(0, keepOut.y - cy, cy - (keepOut.y + keepOut.height));
    r = Math.min(r, Math.hypot(dx, dy) - gap, cy - area.y - gap);
  }
  const order = random.pick(profile.detail === 1 ? [6, 8] : [8, 10, 12, 16]);
  const subject = plan.subjects[0];
  const hole = subject ? r * 0.34 : 0;
  const corners: SceneLayer[] = [];
  for (const [x, y] of [[area.x, area.y], [area.x + area.width, area.y], [area.x, area.y + area.height], [area.x + area.width, area.y + area.height]] as const) {
    const reach = Math.hypot(cx - x, cy - y) - r - gap;
    if (reach < profile.cell * 4) continue;
    corners.push({ kind: "shapes", line: profile.detailLine, shapes: rosetteShapes({ cx: x, cy: y, r: reach, hole: 0, order: 8 }, profile, random, Math.ceil(profile.rings / 2)) });
  }
  // Corner mandalas reach past the frame, which trims them.
  const layers: SceneLayer[] = [
    ...corners,
    ...frameLayers(frame, area, unit * 40),
    { kind: "shapes", line: profile.detailLine, shapes: rosetteShapes({ cx, cy, r, hole, order }, profile, random) },
  ];
  if (subject) layers.push(subjectLayer(subject, { x: cx - hole * 0.72, y: cy - hole * 0.72, width: hole * 1.44, height: hole * 1.44 }, frame, "fine"));
  return layers;
}

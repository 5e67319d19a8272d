import type { PageFrame } from "../page-frame";
import { FILL_KINDS, LINE_FILLS } from "../patterns/fills";
import type { PagePlan } from "../plan";
import type { SceneLayer, SceneShape } from "../scene";
import { designArea, frameLayers } from "./area";
import { densify, makeWarp, splitRegions } from "./regions";
import { closedPolygon, type Point } from "./shapes";

const COLORS = ["#ffd6a5", "#caffbf", "#9bf6ff", "#bdb2ff", "#ffc6ff", "#fdffb6"];
const ANGLES = [0, 45, -45, 90, 30];

/**
 * A zentangle: the page's frame divided by flowing curves into regions, each filled with its
 * own pattern (stripes, scales, honeycomb, dots...), the curves drawn bolder than the patterns.
 */
export function zentanglePage(_plan: PagePlan, frame: PageFrame): SceneLayer[] {
  const { profile, random, unit } = frame;
  const area = designArea(frame);
  const outline: Point[] = [[area.x, area.y], [area.x + area.width, area.y], [area.x + area.width, area.y + area.height], [area.x, area.y + area.height]];
  const minRegion = (profile.cell * 4.5) ** 2;
  const warp = makeWarp(area, Math.min(area.width, area.height) * 0.06, random);
  const regions = splitRegions(outline, profile.regions, minRegion, random).map((region) => densify(region, unit * 8).map(warp));
  // Closed motifs (dots, flowers) cut by a region's border leave crumbs too small to color: only adults get them.
  const kinds = random.shuffle(profile.subjectPatterns === "fine" ? FILL_KINDS : LINE_FILLS);
  const shapes: SceneShape[] = regions.map((region, i) => ({
    d: closedPolygon(region),
    fill: COLORS[i % COLORS.length] ?? "#ffd6a5",
    pattern: {
      kind: kinds[i % kinds.length] ?? "stripes",
      cell: profile.cell * random.range(0.95, 1.3),
      angle: random.pick(ANGLES),
      line: profile.detailLine,
      color: COLORS[i % COLORS.length] ?? "#ffd6a5",
    },
  }));
  return [{ kind: "shapes", line: profile.line, shapes }, ...frameLayers(frame, area, 0)];
}

import { buildBackground } from "./backgrounds";
import type { BackgroundFrame } from "./backgrounds/frame";
import type { PageFrame } from "./page-frame";
import { layoutSubjects, type Placement } from "./layout";
import { patternArt } from "./patterns/art-patterns";
import type { PagePlan } from "./plan";
import type { Box, SceneLayer } from "./scene";

/** A children's page: the setting's background, then the subjects large, in front. */
export interface ScenePage {
  layers: SceneLayer[];
  placements: Placement[];
}

/**
 * Draws a scene for a plan: background, subjects placed large and apart (every one the plan
 * holds, plural repeats included), small props around them; for 10–12, the main subjects get
 * bold patterns in their biggest shapes.
 */
export function buildScenePage(plan: PagePlan, frame: PageFrame): ScenePage {
  const { width: W, height: H, unit, margin, profile, random } = frame;
  const background: BackgroundFrame = {
    width: W,
    height: H,
    skyTop: frame.top,
    detail: profile.detail,
    line: profile.detailLine,
    inset: frame.inset,
    random,
    unit,
    minArea: profile.minShapeArea,
  };
  const scene = buildBackground(plan.setting, background);
  const obstacles = [...(frame.inset ? [frame.inset] : []), ...(frame.title ? [frame.title] : [])];
  const placements = layoutSubjects({
    subjects: plan.subjects,
    width: W,
    height: H,
    top: frame.top + unit * 20,
    bottom: H - margin,
    margin,
    groundY: scene.groundY,
    obstacles,
    reserved: scene.reserved,
    random,
    named: plan.named,
  });
  const occupied: Box[] = [...placements.map((p) => p.box), ...obstacles, ...scene.reserved];
  const subjects: SceneLayer[] = placements
    .map((p, order) => ({ p, order }))
    .sort((a, b) => a.p.box.y + a.p.box.height - (b.p.box.y + b.p.box.height))
    .map(({ p, order }) => {
      const art = { ref: p.ref, box: p.box, flip: p.flip, line: profile.line, minDetail: profile.minDetail, minArea: profile.minShapeArea, maxDot: profile.maxDot, dotClearance: profile.dotClearance };
      const patterned = profile.subjectPatterns !== "none" && order < Math.max(1, plan.named);
      return { kind: "art", halo: profile.halo, art: patterned ? { ...art, patterns: patternArt(art, "bold", profile, random) } : art };
    });
  return { layers: [...scene.layers, ...scene.scatter(occupied), ...subjects], placements };
}

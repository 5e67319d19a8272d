import type { PageFrame } from "../page-frame";
import type { PagePlan } from "../plan";
import type { SceneLayer } from "../scene";
import { framedPage } from "./framed-page";
import { mandalaPage } from "./mandala-page";
import { patternPage } from "./pattern-page";
import { zentanglePage } from "./zentangle-page";

/**
 * The layers of a design page (everything but a scene): drawn procedurally, in vector form,
 * deterministic for the frame's seeded random.
 */
export function buildDesign(plan: PagePlan, frame: PageFrame): SceneLayer[] {
  switch (plan.design) {
    case "mandala":
      return mandalaPage(plan, frame);
    case "pattern":
      return patternPage(plan, frame);
    case "zentangle":
      return zentanglePage(plan, frame);
    case "framed":
    case "scene":
      return framedPage(plan, frame);
  }
}

import { AppError } from "@/lib/errors";
import type { ColoringRequest } from "@/lib/images/engines/types";
import { OFFLINE_AGE } from "./age-profile";
import { buildDesign } from "./designs";
import { referenceInsetBox, renderInset } from "./inset";
import type { Placement } from "./layout";
import type { PageFrame } from "./page-frame";
import { planColoringPage, type PagePlan } from "./plan";
import { createRandom } from "./random";
import { rasterizePage } from "./rasterize";
import { renderLayers } from "./render-scene";
import { n, type Box, type SceneLayer } from "./scene";
import { buildScenePage } from "./scene-page";
import { layoutTitle } from "./title";

/** A composed page as an engine returns it. */
export interface ComposedPage {
  png: Buffer;
  /** The line art as SVG, in black and white (the colored reference inset is painted on the PNG only). */
  svg: string;
  width: number;
  height: number;
}

/** A page drawn as vector art, before rasterizing. */
export interface DrawnPage {
  plan: PagePlan;
  /** The whole page as one SVG document. */
  svg: string;
  layers: SceneLayer[];
  /** Where each subject of a scene went (empty for designs). */
  placements: Placement[];
  inset: Box | null;
}

function checkSize(width: number, height: number): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 64 || height < 64 || width * height > 40_000_000) {
    throw new AppError("invalid:page_size", `The page size ${width}×${height} cannot be drawn.`);
  }
}

/**
 * Draws a coloring page as SVG: a scene for children (a setting's background and the theme's
 * subjects as bold outlines) or a design for adults (mandala, pattern, zentangle, a subject
 * framed by patterns), with an optional outlined title. Deterministic for a request and seed.
 */
export function drawColoringPage(request: ColoringRequest): DrawnPage {
  const { width: W, height: H, options } = request;
  checkSize(W, H);
  const profile = OFFLINE_AGE[options.ageGroup];
  const random = createRandom(request.seed);
  const unit = Math.min(W, H) / 1000;
  const margin = Math.round(unit * 35);
  const plan = planColoringPage({ theme: request.theme, ageGroup: options.ageGroup, seed: request.seed });
  const title = options.title ? layoutTitle(request.theme, W, W - 2 * margin, margin, H * (H > W ? 0.085 : 0.1)) : null;
  const inset = options.reference ? referenceInsetBox(W, H) : null;
  const top = title ? title.box.y + title.box.height + unit * 45 : margin;
  const frame: PageFrame = { width: W, height: H, unit, margin, top, title: title?.box ?? null, inset, profile, random };
  const scene = plan.design === "scene" ? buildScenePage(plan, frame) : { layers: buildDesign(plan, frame), placements: [] };

  let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`;
  svg += `<rect width="${W}" height="${H}" fill="#fff"/>${renderLayers(scene.layers, "outline")}`;
  if (title) {
    const stroke = profile.line / title.scale;
    svg += `<g transform="${title.transform}" stroke-linejoin="round" stroke-linecap="round">`;
    svg += `<g fill="#fff" stroke="#fff" stroke-width="${n(stroke * 4)}">${title.elements}</g>`;
    svg += `<g fill="#fff" stroke="#000" stroke-width="${n(stroke)}">${title.elements}</g></g>`;
  }
  svg += "</svg>";
  return { plan, svg, layers: scene.layers, placements: scene.placements, inset };
}

/**
 * Draws a coloring page for a theme from bundled artwork and procedural designs, then makes it
 * print-clean. Exactly `request.width × request.height`; the same request and seed give the
 * same bytes.
 */
export async function composeColoringPage(request: ColoringRequest): Promise<ComposedPage> {
  const page = drawColoringPage(request);
  const { width: W, height: H } = request;
  const patch = page.inset ? renderInset(page.inset, W, H, page.layers) : null;
  const { minArea, maxSpeck, keepShare } = OFFLINE_AGE[request.options.ageGroup];
  // Designs are drawn clean; scenes of artwork get the print check's repair of their few near misses.
  const repairFor = page.plan.design === "scene" ? request.options.ageGroup : undefined;
  const png = await rasterizePage(page.svg, W, H, patch, { minArea, maxSpeck, keepShare, repairFor });
  return { png, svg: page.svg, width: W, height: H };
}

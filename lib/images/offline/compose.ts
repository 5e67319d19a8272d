import { AppError } from "@/lib/errors";
import type { ColoringRequest } from "@/lib/images/engines/types";
import { AGE_STYLES, type AgeGroup } from "@/lib/images/paper";
import { buildBackground } from "./backgrounds";
import type { BackgroundFrame } from "./backgrounds/frame";
import { referenceInsetBox, renderInset } from "./inset";
import { layoutSubjects } from "./layout";
import { matchTheme } from "./match-theme";
import { createRandom } from "./random";
import { rasterizePage } from "./rasterize";
import { renderLayers } from "./render-scene";
import { n, type Box, type SceneLayer } from "./scene";
import { layoutTitle } from "./title";

/** Shapes smaller than this share of an icon's size are clutter at each age. */
const MIN_DETAIL: Record<AgeGroup, number> = { "3-5": 0.09, "6-9": 0.06, "10-12": 0.035, adult: 0.015 };
const DETAIL = { low: 1, medium: 2, high: 3 } as const;

/** A composed page as an engine returns it. */
export interface ComposedPage {
  png: Buffer;
  /** The line art as SVG, in black and white (the colored reference inset is painted on the PNG only). */
  svg: string;
  width: number;
  height: number;
}

/**
 * Draws a coloring page for a theme from bundled artwork: a setting's background, the subjects
 * as bold outlines, an optional outlined title and an optional colored reference inset. Exactly
 * `request.width × request.height`; the same request and seed give the same bytes.
 */
export async function composeColoringPage(request: ColoringRequest): Promise<ComposedPage> {
  const { width: W, height: H, options } = request;
  if (!Number.isInteger(W) || !Number.isInteger(H) || W < 64 || H < 64 || W * H > 40_000_000) {
    throw new AppError("invalid:page_size", `The page size ${W}×${H} cannot be drawn.`);
  }
  const style = AGE_STYLES[options.ageGroup];
  const line = Math.max(style.minLinePx, style.linePx);
  const backgroundLine = Math.max(style.minLinePx, Math.round(style.linePx * 0.75));
  const random = createRandom(request.seed);
  const unit = Math.min(W, H) / 1000;
  const margin = Math.round(unit * 35);
  const match = matchTheme(request.theme, request.seed);

  const title = options.title ? layoutTitle(request.theme, W, W - 2 * margin, margin, H * (H > W ? 0.085 : 0.1)) : null;
  const skyTop = title ? title.box.y + title.box.height + unit * 45 : margin;
  const inset = options.reference ? referenceInsetBox(W, H) : null;
  const frame: BackgroundFrame = { width: W, height: H, skyTop, detail: DETAIL[style.detail], line: backgroundLine, inset, random, unit };
  const background = buildBackground(match.setting, frame);

  const placements = layoutSubjects({
    subjects: match.subjects.slice(0, style.maxSubjects),
    width: W,
    height: H,
    top: skyTop + unit * 20,
    bottom: H - margin,
    margin,
    groundY: background.groundY,
    obstacles: [...(inset ? [inset] : []), ...(title ? [title.box] : [])],
    reserved: background.reserved,
    random,
    named: match.named,
  });
  const occupied: Box[] = [...placements.map((p) => p.box), ...(inset ? [inset] : []), ...(title ? [title.box] : []), ...background.reserved];
  const subjects: SceneLayer[] = placements
    .slice()
    .sort((a, b) => a.box.y + a.box.height - (b.box.y + b.box.height))
    .map((p) => ({ kind: "art", halo: line * 1.6, art: { ref: p.ref, box: p.box, flip: p.flip, line, minDetail: MIN_DETAIL[options.ageGroup] } }));
  const layers = [...background.layers, ...background.scatter(occupied), ...subjects];

  let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`;
  svg += `<rect width="${W}" height="${H}" fill="#fff"/>${renderLayers(layers, "outline")}`;
  if (title) {
    const stroke = line / title.scale;
    svg += `<g transform="${title.transform}" stroke-linejoin="round" stroke-linecap="round">`;
    svg += `<g fill="#fff" stroke="#fff" stroke-width="${n(stroke * 4)}">${title.elements}</g>`;
    svg += `<g fill="#fff" stroke="#000" stroke-width="${n(stroke)}">${title.elements}</g></g>`;
  }
  svg += "</svg>";
  const png = await rasterizePage(svg, W, H, inset ? renderInset(inset, W, H, layers) : null);
  return { png, svg, width: W, height: H };
}

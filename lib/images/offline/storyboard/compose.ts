import { renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import type { SceneRequest } from "@/lib/images/engines/types";
import { buildBackground } from "../backgrounds";
import type { Background, BackgroundFrame } from "../backgrounds/frame";
import { circle } from "../draw/basic";
import { pathBounds } from "../path-bounds";
import { createRandom, hashString, type Random } from "../random";
import { n, type Box } from "../scene";
import { normalizeText } from "../text";
import { lowerThird } from "./caption";
import { mix } from "./color";
import { flatBackground, flatPalette } from "./flat";
import { gradeSvg } from "./grade";
import { layoutFrame, type Framing, type PlacedSubject } from "./layout";
import { lookFor, withLighting, withMood, type Lighting, type Look, type Mood } from "./looks";
import { artElement, findSun, sceneLayers, type ArtPaint, type ScenePaint } from "./paint";
import { castFor } from "./subjects";

/** A storyboard frame as an engine returns it. */
export interface StoryboardFrame {
  png: Buffer;
  width: number;
  height: number;
}

/** The variation ids of `VARIATION_TYPES` (lib/images/prompts/scene.ts). */
export type StoryboardVariation = "close-up" | "wide-shot" | "another-angle" | "other-lighting" | "other-mood";
const VARIATIONS: ReadonlySet<string> = new Set<StoryboardVariation>(["close-up", "wide-shot", "another-angle", "other-lighting", "other-mood"]);

/** zlib level for the PNG: 6 is a good size/speed balance for flat artwork. */
const PNG_LEVEL = 6;
const RENDER: ResvgRenderOptions = { fitTo: { mode: "original" }, background: "#000000", font: { loadSystemFonts: false }, logLevel: "off" };

/** Everything decided about a frame before drawing. */
export interface FramePlan {
  look: Look;
  framing: Framing;
  side: -1 | 0 | 1;
  mirror: boolean;
  /** Letterbox bar height (top and bottom). */
  bar: number;
  lighting?: Lighting;
  mood?: Mood;
}

const NIGHT_WORDS = new Set(["night", "nighttime", "midnight", "nocturnal", "nuit", "minuit", "nocturne", "soir", "soiree", "evening", "starry", "etoile"]);
const GOLDEN_WORDS = new Set(["sunset", "sunrise", "dusk", "dawn", "twilight", "crepuscule", "aube", "aurore", "coucher", "lever"]);

/** The light a segment's text asks for, if any. */
export function lightingInText(text: string): Lighting | undefined {
  const words = normalizeText(text).split(" ");
  if (words.some((w) => NIGHT_WORDS.has(w))) return "night";
  if (words.some((w) => GOLDEN_WORDS.has(w))) return "golden";
  return undefined;
}

/** Letterbox bars: a 2.39:1 picture in a wide frame, a slimmer band of black on square and tall ones. */
export function letterboxBar(width: number, height: number): number {
  const ratio = width / height;
  if (ratio >= 1.4) return Math.max(Math.round(height * 0.06), Math.floor((height - width / 2.39) / 2));
  return Math.round(height * (ratio >= 0.8 ? 0.11 : 0.085));
}

/** Decides the treatment and the camera for a request (deterministic). */
export function planFrame(request: SceneRequest, random: Random): FramePlan {
  const { width: W, height: H } = request;
  const variation = request.variation && VARIATIONS.has(request.variation) ? (request.variation as StoryboardVariation) : undefined;
  const base = lookFor(request.style, request.customStyle);
  const tall = H > W * 1.15;
  const baseSide: -1 | 0 | 1 = tall ? 0 : random.chance(0.5) ? -1 : 1;
  const pick = ((request.seed >>> 0) ^ hashString(normalizeText(request.text))) & 1;
  let look = base;
  let lighting: Lighting | undefined;
  let mood: Mood | undefined;
  // Mood moves away from the look's own temperature (cinematic's warm dusk turns cold, cartoon's
  // blue day warm); lighting goes where the mood would not: night beside a warm mood, golden hour
  // beside a cold one, so the two variations of a frame never look alike.
  const warmMood = base.id === "cinematic" || base.id === "sepia" ? false : base.id === "cartoon" || base.id === "neon" ? true : pick === 1;
  // A time of day the text names sets the base light ("at night", "au coucher du soleil").
  const named = lightingInText(request.text);
  if (named && base.id !== "neon") {
    look = withLighting(base, named);
    lighting = named;
  }
  if (variation === "other-lighting") {
    lighting = named ? (named === "night" ? "golden" : "night") : base.sun === "moon" || base.stars ? "golden" : warmMood ? "night" : "golden";
    look = withLighting(base, lighting);
  } else if (variation === "other-mood") {
    mood = warmMood ? "warm" : "cold";
    look = withMood(look, mood);
  }
  const mirror = variation === "another-angle";
  // Another angle moves the subject across the frame (off centre on tall frames).
  const side: -1 | 0 | 1 = mirror ? (baseSide === 0 ? (pick ? 1 : -1) : (-baseSide as -1 | 1)) : baseSide;
  const framing: Framing = variation === "close-up" ? "close" : variation === "wide-shot" ? "wide" : "medium";
  return { look, framing, side, mirror, bar: look.letterbox ? letterboxBar(W, H) : 0, lighting, mood };
}

function checkSize(width: number, height: number): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 64 || height < 64 || width * height > 40_000_000 || width > 8192 || height > 8192) {
    throw new AppError("invalid:image_size", `A ${width}×${height} frame cannot be drawn.`);
  }
}

/** Camera over a setting's background: zoom around a point, then an optional mirror. */
interface Camera {
  z: number;
  tx: number;
  ty: number;
  mirror: boolean;
  width: number;
}

function toStage(camera: Camera, box: Box): Box {
  const x = camera.tx + camera.z * box.x;
  const width = camera.z * box.width;
  return { x: camera.mirror ? camera.width - x - width : x, y: camera.ty + camera.z * box.y, width, height: camera.z * box.height };
}

function toVirtual(camera: Camera, box: Box): Box {
  const x = camera.mirror ? camera.width - box.x - box.width : box.x;
  return { x: (x - camera.tx) / camera.z, y: (box.y - camera.ty) / camera.z, width: box.width / camera.z, height: box.height / camera.z };
}

function cameraTransform(camera: Camera): string {
  const zoom = `translate(${n(camera.tx)} ${n(camera.ty)}) scale(${camera.z})`;
  return camera.mirror ? `translate(${camera.width} 0) scale(-1 1) ${zoom}` : zoom;
}

function stars(random: Random, W: number, bottom: number, unit: number, count: number): string {
  let d = "";
  for (let i = 0; i < count; i++) d += circle(random.range(0, W), random.range(0, bottom), unit * random.range(1.4, 3.2));
  return d;
}

function artPaintFor(look: Look, unit: number, ink: string, paper = "#ffffff"): ArtPaint {
  if (look.art === "silhouette") return { kind: "silhouette", fill: ink, detail: mix(ink, paper, 0.22), line: unit * 2.4 };
  if (look.art === "cartoon") return { kind: "cartoon", line: unit * (look.line?.width ?? 4) * 1.25, color: look.line?.color ?? "#111" };
  return look.contour ? { kind: "color", contour: { color: look.contour.color, line: unit * look.contour.width } } : { kind: "color" };
}

function shadowsFor(placed: readonly PlacedSubject[], opacity: number, color: string): string {
  if (opacity <= 0) return "";
  return placed
    .filter((p) => p.grounded)
    .map((p) => {
      const { x, y, width: w, height: h } = p.box;
      return `<ellipse cx="${n(x + w / 2)}" cy="${n(y + h * 0.985)}" rx="${n(w * 0.46)}" ry="${n(Math.max(2, h * 0.055))}" fill="${color}" fill-opacity="${opacity}"/>`;
    })
    .join("");
}

function subjectsSvg(placed: readonly PlacedSubject[], paint: ArtPaint): string {
  return placed.map((p) => artElement(p.subject.name, p.box, p.flip, paint)).join("");
}

/** Draws the frame's picture area (W × stageH) as SVG elements, in stage pixels. */
function pictureSvg(request: SceneRequest, plan: FramePlan, stageH: number, seed: number, floor: number): { body: string; defs: string } {
  const W = request.width;
  const { look, framing, side } = plan;
  const unit = Math.min(W, stageH) / 1000;
  const layoutRandom = createRandom(seed);
  const maxSubjects = look.art === "silhouette" ? (framing === "wide" ? 3 : 2) : framing === "wide" ? 5 : framing === "close" ? 2 : 3;
  const cast = castFor(request.text, request.seed, maxSubjects);

  if (look.background === "flat") {
    const palette = look.flat ?? flatPalette(cast.setting);
    const horizonShare = framing === "close" ? 0.8 : framing === "wide" ? 0.6 : 0.68;
    const horizon = stageH * (plan.mirror ? horizonShare + (framing === "close" ? 0.08 : 0.16) : horizonShare);
    const accent = !cast.subjects.some((s) => s.backdrop);
    const bg = flatBackground(cast.setting, palette, W, stageH, horizon, side, accent, createRandom(seed ^ 0x5bd1e995));
    const placed = layoutFrame({ subjects: cast.subjects, width: W, height: stageH, groundY: bg.groundY, framing, side, mirror: plan.mirror, reserved: [], floor, maxOverlap: 0.04, random: layoutRandom });
    return { defs: "", body: bg.svg + subjectsSvg(placed, artPaintFor(look, unit, palette.ink, palette.paper)) };
  }

  // The setting, drawn for a virtual frame and seen through the camera.
  const z = framing === "close" ? 1.45 : 1;
  const tall = stageH > W * 1.15;
  // Another angle: a high camera over a low-horizon look, a low camera (a big sky) otherwise.
  const baseSky = look.lowHorizon ? (tall ? 0.14 : 0.3) : 0.02;
  const skyShare = plan.mirror ? (look.lowHorizon ? -0.32 : 0.42) : baseSky;
  const frame: BackgroundFrame = {
    width: W,
    height: stageH,
    skyTop: stageH * skyShare,
    detail: framing === "wide" ? 3 : 2,
    line: unit * (look.line?.width ?? 3),
    inset: null,
    random: createRandom(seed ^ 0x9e3779b9),
    unit,
  };
  const background: Background = buildBackground(cast.setting, frame);
  const focusX = W * (0.5 + side * 0.17);
  const camera: Camera = { z, tx: -(z - 1) * focusX, ty: -(z - 1) * stageH * 0.62, mirror: plan.mirror, width: W };
  const groundStage = background.groundY === null ? null : camera.ty + z * background.groundY;
  const reserved = background.reserved.map((b) => toStage(camera, b));
  const placed = layoutFrame({ subjects: cast.subjects, width: W, height: stageH, groundY: groundStage, framing, side, mirror: plan.mirror, reserved, floor, maxOverlap: 0.15, random: layoutRandom });
  const occupied = placed.map((p) => toVirtual(camera, p.box));
  const scattered = background.scatter(occupied);

  const groundV = background.groundY ?? stageH;
  const sky = look.sky;
  const space = [mix(sky.top, "#03061a", 0.75), mix(sky.middle, "#10163f", 0.7), mix(sky.horizon, "#2a2d6a", 0.6)];
  const water = [mix(sky.middle, "#6fd0f0", 0.65), mix(sky.middle, "#2a8cbd", 0.75), mix(sky.horizon, "#0d4d75", 0.8)];
  const gradient = (id: string, stops: readonly string[], y1: number, y2: number): string =>
    `<linearGradient id="${id}" gradientUnits="userSpaceOnUse" x1="0" y1="${n(y1)}" x2="0" y2="${n(y2)}">` +
    stops.map((c, i) => `<stop offset="${i / (stops.length - 1)}" stop-color="${c}"/>`).join("") +
    "</linearGradient>";
  let defs = gradient("sky", [sky.top, sky.middle, sky.horizon], frame.skyTop - stageH * 0.1, groundV);
  defs += gradient("space", space, 0, stageH);
  defs += gradient("water", water, 0, stageH);

  const settingHasSun = cast.setting !== "home";
  const sun = settingHasSun ? findSun(background.layers, pathBounds) : null;
  const dropSun = look.sunGlow || look.sun !== "sun";
  let light = "";
  const skyRandom = createRandom(seed ^ 0x27d4eb2f);
  if (look.stars && cast.setting !== "underwater" && cast.setting !== "home") {
    light += `<path d="${stars(skyRandom, W, groundV, unit, 70)}" fill="#fff8e0" fill-opacity="0.8"/>`;
  }
  if (sun && look.sun !== "none" && dropSun) {
    const moon = look.sun === "moon";
    const core = moon ? "#f4f0dc" : mix(sky.horizon, "#fff4d6", 0.6);
    const glow = moon ? "#b9c8ff" : mix(sky.horizon, "#ffd089", 0.5);
    defs += `<radialGradient id="glow"><stop offset="0" stop-color="${glow}" stop-opacity="0.75"/><stop offset="0.35" stop-color="${glow}" stop-opacity="0.28"/><stop offset="1" stop-color="${glow}" stop-opacity="0"/></radialGradient>`;
    const r = sun.r * (moon ? 0.85 : 1);
    light += `<circle cx="${n(sun.cx)}" cy="${n(sun.cy)}" r="${n(r * 5)}" fill="url(#glow)"/>`;
    light += `<circle cx="${n(sun.cx)}" cy="${n(sun.cy)}" r="${n(r)}" fill="${core}"/>`;
    if (moon) light += `<circle cx="${n(sun.cx + r * 0.35)}" cy="${n(sun.cy - r * 0.15)}" r="${n(r * 0.18)}" fill="#000" fill-opacity="0.06"/>`;
  }

  const lineColor = look.line?.color ?? "#000";
  const paint: ScenePaint = {
    line: look.line ? { color: look.line.color, width: frame.line } : null,
    open: look.line ? { color: look.line.color, width: frame.line, opacity: 1 } : { color: mix(sky.top, "#000000", 0.5), width: unit * 3, opacity: 0.35 },
    fills: look.fills,
    page(fill) {
      if (fill === "#bfe8ff") return "url(#sky)";
      if (fill === "#2b3a78") return "url(#space)";
      if (fill === "#58c4f6") return "url(#water)";
      return fill;
    },
    cloud: look.cloud,
    dropSun,
    art: artPaintFor(look, unit, lineColor),
  };
  const layers = sceneLayers(background.layers, paint, { scattered: false, settingHasSun, afterPage: light });
  const scatter = sceneLayers(scattered, paint, { scattered: true, settingHasSun, afterPage: "" });
  let body = `<g transform="${cameraTransform(camera)}">${layers}${scatter}</g>`;
  if (look.haze && groundStage !== null) {
    const h = look.haze;
    defs += `<linearGradient id="haze" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${h.color}" stop-opacity="0"/><stop offset="0.72" stop-color="${h.color}" stop-opacity="${h.opacity}"/><stop offset="1" stop-color="${h.color}" stop-opacity="0"/></linearGradient>`;
    const top = groundStage - stageH * 0.32;
    body += `<rect x="0" y="${n(top)}" width="${W}" height="${n(stageH * 0.42)}" fill="url(#haze)"/>`;
  }
  body += shadowsFor(placed, look.shadow, look.id === "neon" ? "#000" : mix(sky.top, "#000000", 0.7));
  body += subjectsSvg(placed, paint.art);
  return { defs, body };
}

/**
 * Draws a draft storyboard frame for a script segment from bundled artwork: the subjects and
 * setting the text names, composed by the variation (close-up, wide shot, another angle, other
 * lighting or mood) and treated in the segment's style (cinematic letterbox and teal-orange grade,
 * documentary muted tones and lower third, cartoon outlines, minimalist silhouettes, or a custom
 * palette). Exactly `width × height`, RGB PNG; the same request and seed give the same bytes.
 */
export async function composeStoryboardFrame(request: SceneRequest): Promise<StoryboardFrame> {
  const { width: W, height: H } = request;
  const { svg } = buildFrameSvg(request);
  const frame = await renderAsync(svg, RENDER);
  if (frame.width !== W || frame.height !== H) throw new Error(`rendered ${frame.width}×${frame.height}, expected ${W}×${H}`);
  // resvg gives premultiplied RGBA; the frame is opaque, so dropping alpha leaves plain RGB.
  const png = await sharp(frame.pixels, { raw: { width: W, height: H, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: PNG_LEVEL })
    .toBuffer();
  return { png, width: W, height: H };
}

/** The frame as one SVG (graded picture, letterbox, vignette, caption) and its plan. */
export function buildFrameSvg(request: SceneRequest): { svg: string; plan: FramePlan } {
  const { width: W, height: H } = request;
  checkSize(W, H);
  const seed = ((request.seed >>> 0) ^ hashString(normalizeText(request.text))) >>> 0;
  const plan = planFrame(request, createRandom(seed ^ 0x85ebca6b));
  const stageH = H - 2 * plan.bar;
  const caption = plan.look.caption ? lowerThird(request.text, W, H) : null;
  // Portraits end under the caption band and nothing stands below it.
  const floor = caption ? caption.y - plan.bar + caption.height * 0.55 : stageH;
  const picture = pictureSvg(request, plan, stageH, seed, floor);
  const grade = plan.look.grade;
  const vignette = grade.vignette;
  let shade = "";
  if (vignette > 0) {
    shade =
      `<radialGradient id="vignette" cx="0.5" cy="0.5" r="0.75"><stop offset="0.45" stop-color="#000" stop-opacity="0"/>` +
      `<stop offset="0.8" stop-color="#000" stop-opacity="${n2(vignette * 0.5)}"/><stop offset="1" stop-color="#000" stop-opacity="${n2(vignette)}"/></radialGradient>`;
  }
  // The letterbox is the black render background left outside the picture's viewport.
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${gradeSvg(picture.defs, grade)}${shade}</defs>` +
    `<svg x="0" y="${plan.bar}" width="${W}" height="${stageH}" viewBox="0 0 ${W} ${stageH}">${gradeSvg(picture.body, grade)}` +
    (shade ? `<rect width="${W}" height="${stageH}" fill="url(#vignette)"/>` : "") +
    "</svg>" +
    (caption ? `<svg x="${caption.x}" y="${caption.y}" width="${caption.width}" height="${caption.height}">${caption.svg}</svg>` : "") +
    "</svg>";
  return { svg, plan };
}

function n2(value: number): string {
  return String(Math.round(value * 100) / 100);
}

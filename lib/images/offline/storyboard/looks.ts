import type { SceneStyle } from "@/lib/images/engines/types";
import { normalizeText } from "../text";
import type { FillShift } from "./color";
import type { Grade } from "./grade";

/** The treatments the storyboard painter knows; "custom" styles map to one of them by keyword. */
export type LookId = "cinematic" | "documentary" | "cartoon" | "minimalist" | "soft" | "noir" | "watercolor" | "neon" | "sepia";

/** A sky gradient, top to horizon. */
export interface Sky {
  top: string;
  middle: string;
  horizon: string;
}

/** Colours of a minimalist frame: paper, ground, far shapes, the one accent and the silhouette ink. */
export interface FlatPalette {
  paper: string;
  ground: string;
  far: string;
  accent: string;
  ink: string;
}

export interface Look {
  id: LookId;
  /** Subjects in their own colours, as outlined cartoon art, or as one-colour silhouettes. */
  art: "color" | "cartoon" | "silhouette";
  /** A thin ink contour around coloured subjects (monochrome looks), width in thousandths of the short side. */
  contour: { color: string; width: number } | null;
  /** The setting's painted background, or a minimalist two-tone ground. */
  background: "scene" | "flat";
  /** Outlines on background shapes and cartoon art (colour and width in thousandths of the short side). */
  line: { color: string; width: number } | null;
  /** How the setting's bright fills are toned down or warmed up. */
  fills: FillShift;
  sky: Sky;
  /** Clouds: colour and opacity. */
  cloud: { fill: string; opacity: number };
  /** The sun as a soft glow instead of a drawn sun with rays. */
  sunGlow: boolean;
  /** The sun or moon at all. */
  sun: "sun" | "moon" | "none";
  /** Stars in the sky (night). */
  stars: boolean;
  /** Atmospheric haze over the horizon (colour, opacity), for depth. */
  haze: { color: string; opacity: number } | null;
  /** Opacity of the contact shadows under grounded subjects. */
  shadow: number;
  grade: Grade;
  /** Black bars top and bottom. */
  letterbox: boolean;
  /** A lower-third caption with the segment's text. */
  caption: boolean;
  /** The horizon sits low in the frame (a big sky). */
  lowHorizon: boolean;
  /** Minimalist colours (used when `background` is "flat"); null picks the setting's own palette. */
  flat: FlatPalette | null;
}

const NEUTRAL_GRADE: Grade = {
  saturation: 1, contrast: 1, brightness: 1, tint: [1, 1, 1], lift: 0, shadows: [0, 0, 0], highlights: [0, 0, 0], vignette: 0,
};

const DAY_SKY: Sky = { top: "#7fb6dc", middle: "#b4d6ec", horizon: "#e9f1f3" };

const BASE: Look = {
  id: "soft",
  art: "color",
  contour: null,
  background: "scene",
  line: null,
  fills: { saturation: 0.8, lightness: 1 },
  sky: DAY_SKY,
  cloud: { fill: "#ffffff", opacity: 0.75 },
  sunGlow: true,
  sun: "sun",
  stars: false,
  haze: { color: "#f3efe6", opacity: 0.35 },
  shadow: 0.2,
  grade: { ...NEUTRAL_GRADE, saturation: 0.9, contrast: 0.96, lift: 0.03, tint: [1.02, 1, 0.97], vignette: 0 },
  letterbox: false,
  caption: false,
  lowHorizon: false,
  flat: null,
};

export const LOOKS: Record<LookId, Look> = {
  soft: BASE,
  cinematic: {
    ...BASE,
    id: "cinematic",
    fills: { saturation: 0.7, lightness: 0.86 },
    sky: { top: "#1b4763", middle: "#5a8ea3", horizon: "#f5b47a" },
    cloud: { fill: "#ffd9b8", opacity: 0.5 },
    haze: { color: "#f6c493", opacity: 0.45 },
    shadow: 0.38,
    grade: {
      ...NEUTRAL_GRADE, saturation: 0.9, contrast: 1.2, brightness: 0.96,
      shadows: [-0.08, 0, 0.09], highlights: [0.1, 0, -0.1], vignette: 0.55,
    },
    letterbox: true,
    lowHorizon: true,
  },
  documentary: {
    ...BASE,
    id: "documentary",
    fills: { saturation: 0.55, lightness: 0.92, toward: { color: "#8c8a78", amount: 0.1 } },
    sky: { top: "#8aa3b6", middle: "#b5c5cf", horizon: "#e3e3dc" },
    cloud: { fill: "#f4f4f0", opacity: 0.8 },
    haze: { color: "#e6e5de", opacity: 0.2 },
    shadow: 0.25,
    grade: { ...NEUTRAL_GRADE, saturation: 0.62, contrast: 0.94, lift: 0.035, tint: [1.02, 1.01, 0.95], vignette: 0 },
    caption: true,
  },
  cartoon: {
    ...BASE,
    id: "cartoon",
    art: "cartoon",
    line: { color: "#111111", width: 4.5 },
    fills: { saturation: 1.1, lightness: 1 },
    sky: { top: "#38b6ff", middle: "#6cccff", horizon: "#b9ecff" },
    cloud: { fill: "#ffffff", opacity: 1 },
    sunGlow: false,
    haze: null,
    shadow: 0.18,
    grade: { ...NEUTRAL_GRADE, saturation: 1.2, contrast: 1.05 },
  },
  minimalist: {
    ...BASE,
    id: "minimalist",
    art: "silhouette",
    background: "flat",
    haze: null,
    shadow: 0,
    grade: NEUTRAL_GRADE,
  },
  noir: {
    ...BASE,
    id: "noir",
    contour: { color: "#111111", width: 2.2 },
    fills: { saturation: 0.8, lightness: 0.8 },
    sky: { top: "#1c2329", middle: "#525c64", horizon: "#c4c4c4" },
    cloud: { fill: "#d8d8d8", opacity: 0.5 },
    haze: { color: "#d0d0d0", opacity: 0.3 },
    shadow: 0.5,
    grade: { ...NEUTRAL_GRADE, saturation: 0, contrast: 1.35, brightness: 0.95, vignette: 0.6 },
  },
  watercolor: {
    ...BASE,
    id: "watercolor",
    contour: { color: "#4d5d70", width: 1.2 },
    fills: { saturation: 0.8, lightness: 1.04, toward: { color: "#fbf6ec", amount: 0.12 } },
    sky: { top: "#8ec3e0", middle: "#c0dded", horizon: "#fbf4e6" },
    cloud: { fill: "#ffffff", opacity: 0.85 },
    haze: { color: "#fbf6ec", opacity: 0.25 },
    shadow: 0.12,
    grade: { ...NEUTRAL_GRADE, saturation: 0.9, contrast: 0.92, brightness: 1.02, lift: 0.04, tint: [1.02, 1, 0.97], vignette: 0 },
  },
  neon: {
    ...BASE,
    id: "neon",
    art: "cartoon",
    line: { color: "#3ff6ff", width: 3 },
    fills: { saturation: 1.2, lightness: 0.55, toward: { color: "#2a0f4f", amount: 0.35 } },
    sky: { top: "#0d0326", middle: "#3b0c5e", horizon: "#ff3d9a" },
    cloud: { fill: "#7a2bbf", opacity: 0.5 },
    sunGlow: true,
    sun: "moon",
    stars: true,
    haze: { color: "#ff4fb0", opacity: 0.35 },
    shadow: 0.3,
    grade: { ...NEUTRAL_GRADE, saturation: 1.35, contrast: 1.12, shadows: [0.05, -0.04, 0.1], highlights: [0.07, -0.02, 0.06], vignette: 0.4 },
  },
  sepia: {
    ...BASE,
    id: "sepia",
    contour: { color: "#2e2014", width: 1.6 },
    fills: { saturation: 0.8, lightness: 0.9 },
    sky: { top: "#6f8494", middle: "#b4c0c6", horizon: "#efefe8" },
    haze: { color: "#efe6d6", opacity: 0.3 },
    shadow: 0.35,
    grade: { ...NEUTRAL_GRADE, saturation: 0, contrast: 1.1, brightness: 1, lift: 0.05, tint: [1.08, 0.92, 0.72], vignette: 0.45 },
  },
};

/** Words in a custom style that pick a matching treatment (accent-free, lower case, first match wins). */
const CUSTOM_KEYWORDS: ReadonlyArray<[LookId, readonly string[]]> = [
  ["noir", ["noir", "black and white", "black white", "b w", "bw", "monochrome", "monochromatic", "grayscale", "greyscale", "noir et blanc", "film noir"]],
  ["sepia", ["sepia", "vintage", "retro", "old photo", "old photograph", "antique", "daguerreotype", "ancien", "ancienne", "vieille photo", "nostalgic", "nostalgique"]],
  ["neon", ["neon", "cyberpunk", "synthwave", "vaporwave", "fluo", "fluorescent", "glow", "80s"]],
  ["watercolor", ["watercolor", "watercolour", "aquarelle", "pastel", "gouache", "painted", "peinture"]],
  ["cartoon", ["cartoon", "comic", "comics", "anime", "manga", "dessin anime", "bande dessinee", "bd", "pixar", "kids", "enfant"]],
  ["minimalist", ["minimal", "minimalist", "minimaliste", "flat", "silhouette", "silhouettes", "epure"]],
  ["cinematic", ["cinematic", "cinema", "film", "movie", "blockbuster", "cinematographique"]],
  ["documentary", ["documentary", "documentaire", "photo", "photograph", "photography", "realistic", "realiste", "journalism", "reportage"]],
];

/** Which treatment a custom style description asks for ("soft" when no keyword matches). */
export function lookForCustomStyle(customStyle: string | undefined): LookId {
  const text = ` ${normalizeText(customStyle ?? "")} `;
  for (const [look, words] of CUSTOM_KEYWORDS) if (words.some((word) => text.includes(` ${word} `))) return look;
  return "soft";
}

/** The treatment for a scene style. */
export function lookFor(style: SceneStyle, customStyle?: string): Look {
  if (style === "custom") return LOOKS[lookForCustomStyle(customStyle)];
  return LOOKS[style];
}

/** A light change a variation can ask for. */
export type Lighting = "night" | "golden";
/** A mood change a variation can ask for. */
export type Mood = "warm" | "cold";

function multiply(a: readonly [number, number, number], b: readonly [number, number, number]): [number, number, number] {
  return [a[0] * b[0], a[1] * b[1], a[2] * b[2]];
}

/** The look at night or at golden hour. */
export function withLighting(look: Look, lighting: Lighting): Look {
  if (lighting === "night") {
    return {
      ...look,
      sky: { top: "#050a1c", middle: "#13204a", horizon: "#34487a" },
      cloud: { fill: "#33436e", opacity: 0.55 },
      sun: "moon",
      sunGlow: look.art !== "cartoon" || look.sunGlow,
      stars: true,
      haze: look.haze ? { color: "#3a4d7e", opacity: 0.35 } : null,
      fills: { ...look.fills, lightness: look.fills.lightness * 0.8, toward: { color: "#1c2a55", amount: 0.28 } },
      grade: {
        ...look.grade,
        brightness: look.grade.brightness * 0.78,
        saturation: look.grade.saturation * 0.75,
        tint: multiply(look.grade.tint, [0.82, 0.9, 1.12]),
        vignette: Math.max(look.grade.vignette, 0.35),
      },
      flat: { paper: "#27345e", ground: "#1a2445", far: "#212d52", accent: "#f3e7c4", ink: "#05070e" },
    };
  }
  return {
    ...look,
    sky: { top: "#4d5f97", middle: "#e79a62", horizon: "#ffd58a" },
    cloud: { fill: "#ffc38a", opacity: 0.65 },
    sun: "sun",
    sunGlow: look.art !== "cartoon" || look.sunGlow,
    stars: false,
    haze: { color: "#ffcf8a", opacity: 0.5 },
    fills: { ...look.fills, toward: { color: "#ffa75e", amount: 0.1 } },
    grade: { ...look.grade, tint: multiply(look.grade.tint, [1.08, 0.98, 0.86]) },
    flat: { paper: "#f7d9a8", ground: "#e9b27a", far: "#f0c690", accent: "#fff3d6", ink: "#3a1f1a" },
  };
}

/** The look made warmer (a sunset sky) or colder (an overcast, bluish day). */
export function withMood(look: Look, mood: Mood): Look {
  if (mood === "warm") {
    return {
      ...look,
      sky: { top: "#b4587a", middle: "#ef8f6c", horizon: "#ffd6a0" },
      cloud: { fill: "#ffb9a0", opacity: 0.6 },
      haze: look.haze ? { color: "#ffc9a0", opacity: 0.45 } : null,
      fills: { ...look.fills, toward: { color: "#ff9a6a", amount: 0.14 } },
      grade: { ...look.grade, tint: multiply(look.grade.tint, [1.1, 0.97, 0.86]) },
      flat: { paper: "#f6dcc8", ground: "#e7b49a", far: "#efc8b0", accent: "#c8553d", ink: "#3b1e24" },
    };
  }
  return {
    ...look,
    sky: { top: "#4f6275", middle: "#8597a6", horizon: "#c6d0d6" },
    cloud: { fill: "#7d8a96", opacity: 0.85 },
    sun: "none",
    haze: look.haze ? { color: "#b9c6cf", opacity: 0.5 } : null,
    fills: { ...look.fills, saturation: look.fills.saturation * 0.75, toward: { color: "#6f8799", amount: 0.16 } },
    grade: { ...look.grade, saturation: look.grade.saturation * 0.8, tint: multiply(look.grade.tint, [0.9, 0.98, 1.1]) },
    flat: { paper: "#dfe7ec", ground: "#c3d0d9", far: "#d2dde4", accent: "#5c7c99", ink: "#1b2a38" },
  };
}

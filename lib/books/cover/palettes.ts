import type { SettingId } from "@/lib/images/offline/settings";

/** The colors of a cover: its picture's sky and ground, and the back cover and spine around it. */
export interface CoverPalette {
  skyTop: string;
  skyHorizon: string;
  groundFar: string;
  groundNear: string;
  sun: string;
  /** Small shapes scattered in the sky. */
  sparkles: readonly string[];
  /** The back cover's ground, light enough for dark text. */
  back: string;
  /** The spine, dark enough for white text. */
  spine: string;
  /** Sky with stars instead of a sun and clouds. */
  night: boolean;
}

const BRIGHT = ["#ffffff", "#ffe066", "#ff8fab", "#9bf6ff"] as const;

/** One cheerful palette per setting of the offline composer. */
export const COVER_PALETTES: Readonly<Record<SettingId, CoverPalette>> = {
  beach: { skyTop: "#4cc9f0", skyHorizon: "#bde9fb", groundFar: "#48cae4", groundNear: "#f6d58e", sun: "#ffd23f", sparkles: BRIGHT, back: "#fdf1d6", spine: "#0f6e8c", night: false },
  space: { skyTop: "#0b0c3a", skyHorizon: "#3a2a85", groundFar: "#6a4c93", groundNear: "#9d7cd8", sun: "#ffd166", sparkles: ["#ffffff", "#ffe066", "#a0c4ff"], back: "#e9e4fb", spine: "#23175c", night: true },
  underwater: { skyTop: "#0077b6", skyHorizon: "#48cae4", groundFar: "#2a9d8f", groundNear: "#f4d58d", sun: "#caf0f8", sparkles: ["#caf0f8", "#ffffff", "#90e0ef"], back: "#dff4fb", spine: "#03506f", night: false },
  forest: { skyTop: "#7cc6fe", skyHorizon: "#e0f4ff", groundFar: "#52b788", groundNear: "#2d6a4f", sun: "#ffd23f", sparkles: BRIGHT, back: "#eaf6e9", spine: "#1b4332", night: false },
  farm: { skyTop: "#5fb7ff", skyHorizon: "#d8f0ff", groundFar: "#95d5b2", groundNear: "#74c69d", sun: "#ffc300", sparkles: BRIGHT, back: "#fff3d6", spine: "#9c2c2c", night: false },
  city: { skyTop: "#6fa8ff", skyHorizon: "#ffe5d9", groundFar: "#adb5bd", groundNear: "#8d99ae", sun: "#ffb703", sparkles: BRIGHT, back: "#eef1f6", spine: "#2b2d42", night: false },
  castle: { skyTop: "#b8a1ff", skyHorizon: "#ffd6e8", groundFar: "#b5e48c", groundNear: "#76c893", sun: "#ffe066", sparkles: ["#ffffff", "#ffe066", "#ffafcc"], back: "#f6ecff", spine: "#5a189a", night: false },
  jungle: { skyTop: "#70d6ff", skyHorizon: "#e9ff70", groundFar: "#38b000", groundNear: "#007200", sun: "#ffd000", sparkles: BRIGHT, back: "#effbe3", spine: "#004b23", night: false },
  mountains: { skyTop: "#5aa9e6", skyHorizon: "#e3f2fd", groundFar: "#8e9aaf", groundNear: "#84a98c", sun: "#ffd23f", sparkles: BRIGHT, back: "#eef3f8", spine: "#34495e", night: false },
  meadow: { skyTop: "#62b6ff", skyHorizon: "#e5f6ff", groundFar: "#b7e4c7", groundNear: "#80ed99", sun: "#ffd23f", sparkles: BRIGHT, back: "#f1fbef", spine: "#2d6a4f", night: false },
  home: { skyTop: "#ffcad4", skyHorizon: "#fff1e6", groundFar: "#f4acb7", groundNear: "#d8a48f", sun: "#ffe066", sparkles: ["#ffffff", "#ffe066", "#cdb4db"], back: "#fff4ec", spine: "#7f4f24", night: false },
  winter: { skyTop: "#8ecae6", skyHorizon: "#f1faff", groundFar: "#dbe9f6", groundNear: "#ffffff", sun: "#fff3b0", sparkles: ["#ffffff", "#e0fbfc", "#caf0f8"], back: "#eef6fc", spine: "#1d3557", night: false },
  plain: { skyTop: "#7bdff2", skyHorizon: "#f2f7ff", groundFar: "#b2f7ef", groundNear: "#a0e8af", sun: "#ffd23f", sparkles: BRIGHT, back: "#f4f9ff", spine: "#3d405b", night: false },
};

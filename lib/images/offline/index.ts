/**
 * The offline engine's drawing core: theme matching, coloring-page composition and the
 * building blocks (artwork, outlines, seeded randomness) other offline renderers reuse.
 */
export { composeColoringPage, type ComposedPage } from "./compose";
export { matchTheme, artRefFor, type ThemeMatch } from "./match-theme";
export { describeThemeOffline } from "./describe";
export { loadArt, hasArt, type ArtRef, type LoadedArt } from "./art";
export { outlineSvg, selectShapes, drawShapes, knockoutShapes, type OutlineOptions } from "./outline";
export { renderLayers, type RenderMode } from "./render-scene";
export { createRandom, hashString, type Random } from "./random";
export { SETTINGS, SETTING_IDS, type SettingId } from "./settings";
export { ART_CREDITS, type ArtCredit } from "./credits";
export type { Box, PlacedArt, SceneLayer, SceneShape } from "./scene";

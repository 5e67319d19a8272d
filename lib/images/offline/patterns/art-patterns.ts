import type { OfflineAgeProfile } from "../age-profile";
import { loadArt } from "../art";
import { luminance } from "../color";
import type { Random } from "../random";
import { artTransforms, keptShapes } from "../render-scene";
import type { ArtPattern, Box, PlacedArt } from "../scene";
import { BOLD_FILLS, FILL_KINDS } from "./fills";

/** Skin tones: faces and hands keep their plain shapes. */
const SKIN = new Set(["#ffdc5d", "#f7dece", "#f3d2a2", "#d5ab88", "#af7e57", "#7c533e", "#ffe0bd", "#ffcc4d"]);
const PATTERN_FILLS = ["#ffe08a", "#bde0fe", "#c7f0bd", "#ffc8dd", "#e2cffc"];
const ANGLES = [45, -45, 0, 90, 30];

/** The page box of an icon shape's bounds once the art is placed. */
function pageBox(art: PlacedArt, bounds: { minX: number; minY: number; maxX: number; maxY: number }, scale: number, origin: { minX: number; minY: number }): Box {
  const width = (bounds.maxX - bounds.minX) * scale;
  const height = (bounds.maxY - bounds.minY) * scale;
  const left = (bounds.minX - origin.minX) * scale;
  const x = art.flip ? art.box.x + art.box.width - left - width : art.box.x + left;
  return { x, y: art.box.y + (bounds.minY - origin.minY) * scale, width, height };
}

/**
 * Patterns for the biggest shapes of a placed artwork: "bold" (a few, with big cells, for
 * 10–12) or "fine" (most shapes, for adults): an owl with patterned feathers. Faces stay plain.
 */
export function patternArt(art: PlacedArt, style: "bold" | "fine", profile: OfflineAgeProfile, random: Random): ArtPattern[] {
  const loaded = loadArt(art.ref);
  const b = loaded.bounds;
  const { scale } = artTransforms(art);
  const kept = keptShapes(art);
  const least = profile.cell * (style === "bold" ? 3 : 2.2);
  const candidates = kept
    // Dark shapes are features (a carved face, a mouth): they stay plain.
    .filter((k) => !k.dot && !SKIN.has(k.shape.fill.toLowerCase()) && luminance(k.shape.fill) >= 0.06)
    .map((k) => ({ index: k.index, box: pageBox(art, k.shape.bounds, scale, b) }))
    .filter((c) => Math.min(c.box.width, c.box.height) >= least)
    .sort((p, q) => q.box.width * q.box.height - p.box.width * p.box.height)
    .slice(0, style === "bold" ? 2 : 9);
  const kinds = style === "bold" ? BOLD_FILLS : FILL_KINDS;
  const start = random.int(0, kinds.length - 1);
  return candidates.map((c, i) => ({
    shape: c.index,
    pattern: {
      kind: kinds[(start + i) % kinds.length] ?? "stripes",
      cell: profile.cell * (style === "bold" ? 1.2 : 1),
      angle: random.pick(ANGLES),
      line: profile.detailLine,
      color: PATTERN_FILLS[i % PATTERN_FILLS.length] ?? "#ffe08a",
    },
  }));
}

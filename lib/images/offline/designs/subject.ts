import { loadArt, type ArtRef } from "../art";
import type { PageFrame } from "../page-frame";
import { patternArt } from "../patterns/art-patterns";
import type { Box, PlacedArt, SceneLayer } from "../scene";

/** The box an artwork takes when fitted, centred, inside `room` (keeping its proportions). */
export function fitArt(ref: Pick<ArtRef, "name">, room: Box): Box {
  const b = loadArt(ref).bounds;
  const w = b.maxX - b.minX;
  const h = b.maxY - b.minY;
  const scale = Math.min(room.width / w, room.height / h);
  return { x: room.x + (room.width - w * scale) / 2, y: room.y + (room.height - h * scale) / 2, width: w * scale, height: h * scale };
}

/**
 * A subject for a design, fitted in `room`, with a white halo that clears the pattern behind
 * it, and patterns in its large shapes ("fine" for the main subject, none for small repeats).
 */
export function subjectLayer(ref: ArtRef, room: Box, frame: PageFrame, patterns: "fine" | "none"): SceneLayer {
  const { profile, random } = frame;
  const art: PlacedArt = { ref, box: fitArt(ref, room), flip: false, line: profile.line, minDetail: profile.minDetail, minArea: profile.minShapeArea, maxDot: profile.maxDot, dotClearance: profile.dotClearance };
  if (patterns === "fine") art.patterns = patternArt(art, "fine", profile, random);
  return { kind: "art", halo: profile.halo, art };
}

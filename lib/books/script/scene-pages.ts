import { SCENE_TITLE_MAX } from "./schema";

/** A scene of a script that has a chosen image, and the page it becomes. */
export interface ScenePage {
  /** Its place in the book's batch: the scene's place in the script. */
  slot: number;
  segmentId: string;
  sceneImageId: string;
  title: string;
}

/** A page title from a scene's words: one line, at most SCENE_TITLE_MAX characters, cut at a word. */
export function sceneTitle(text: string, fallback: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (line === "") return fallback;
  if (line.length <= SCENE_TITLE_MAX) return line;
  const cut = line.slice(0, SCENE_TITLE_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > SCENE_TITLE_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The pages a script's scenes make, in the script's order: one per scene with a chosen image
 * (a scene without one is skipped, leaving no gap). Pure, so the mapping is tested alone.
 */
export function scenePagesOf(segments: ReadonlyArray<{ id: string; position: number; text: string; imageId: string | null }>): ScenePage[] {
  return [...segments]
    .sort((a, b) => a.position - b.position)
    .flatMap((segment, index) =>
      segment.imageId ? [{ slot: index, segmentId: segment.id, sceneImageId: segment.imageId, title: sceneTitle(segment.text, `Scene ${index + 1}`) }] : [],
    );
}

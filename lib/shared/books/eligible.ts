import { PAPERS } from "@/lib/shared/options";

/**
 * Whether an image can be a page of a book: a print-ready coloring page (a theme page, a photo
 * page, or an edit of one), which is what an image whose options name its paper is. Scenes and
 * their variations are pictures for videos, not pages to color. Client-safe.
 */
export function isPrintReadyPage(options: unknown): boolean {
  if (typeof options !== "object" || options === null) return false;
  const paper = (options as { paper?: unknown }).paper;
  return typeof paper === "string" && (PAPERS as readonly string[]).includes(paper);
}

/** Same, from the JSON the options are stored as. */
export function isPrintReadyPageJson(options: string): boolean {
  try {
    return isPrintReadyPage(JSON.parse(options));
  } catch {
    return false;
  }
}

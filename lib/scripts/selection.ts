import { z } from "zod";
import { AppError } from "@/lib/errors";
import { MAX_SEGMENTS } from "./parse";

const segmentId = z.string().trim().min(1).max(100);

/** A selection of a script's segments: 1 to 300 distinct ids (a repeated id is a mistake, not a second image). */
export const segmentSelectionSchema = z
  .array(segmentId)
  .min(1, "Select at least one segment.")
  .max(MAX_SEGMENTS, `Select at most ${MAX_SEGMENTS} segments.`)
  .superRefine((ids, ctx) => {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (seen.has(id)) ctx.addIssue({ code: "custom", path: [index], message: `Segment ${id} is selected twice.` });
      seen.add(id);
    });
  });

/** The same selection in a query string: `id1,id2,…`. */
export const segmentSelectionQuerySchema = z
  .string()
  .transform((value) => value.split(",").map((id) => id.trim()))
  .pipe(segmentSelectionSchema);

/**
 * The segments a batch is for: by default every segment without an image; with a selection,
 * the selected ones — those still without an image, or all of them when `redraw` is set.
 * A selected id the script lacks is 404, like a foreign script.
 */
export function selectTargets<S extends { id: string; imageId: string | null }>(segments: readonly S[], { segmentIds, redraw }: { segmentIds?: readonly string[]; redraw?: boolean }): S[] {
  if (!segmentIds) return segments.filter((s) => redraw || !s.imageId);
  const known = new Set(segments.map((s) => s.id));
  const unknown = segmentIds.find((id) => !known.has(id));
  if (unknown) throw new AppError("not_found:segment", "This script has no such segment.", { segmentId: unknown });
  const asked = new Set(segmentIds);
  return segments.filter((s) => asked.has(s.id) && (redraw || !s.imageId));
}

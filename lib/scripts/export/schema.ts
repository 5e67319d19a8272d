import { z } from "zod";
import { segmentSelectionQuerySchema } from "../selection";
import { DEFAULT_FRAME_RATE, frameRateSchema } from "../timeline/frame-rate";
import { LAST_SECONDS_DEFAULT, LAST_SECONDS_MAX } from "../timeline/plan";

export const EXPORT_FORMATS = ["zip", "json", "pdf", "fcpxml", "premiere", "otio", "srt", "vtt"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const TIMELINE_FORMATS: readonly ExportFormat[] = ["fcpxml", "premiere", "otio"];
const TIMED_FORMATS: readonly ExportFormat[] = [...TIMELINE_FORMATS, "srt", "vtt"];

/**
 * GET /api/scripts/:id/export: the format, and the options that only some formats take, so
 * that a misplaced option is an error rather than silently ignored.
 */
export const exportQuerySchema = z
  .object({
    format: z.enum(EXPORT_FORMATS, { error: `Choose a format among ${EXPORT_FORMATS.join(", ")}.` }).default("zip"),
    /** Only these segments (`id1,id2,…`, 1–300 distinct ids of the script), in the script's order. */
    segments: segmentSelectionQuerySchema.optional(),
    include: z.literal("b64", { error: 'The only thing to include is "b64" (the images inline).' }).optional(),
    fps: frameRateSchema.optional(),
    lastSeconds: z.coerce
      .number()
      .int()
      .min(1, `The last still lasts 1 to ${LAST_SECONDS_MAX} seconds.`)
      .max(LAST_SECONDS_MAX, `The last still lasts 1 to ${LAST_SECONDS_MAX} seconds.`)
      .optional(),
  })
  .strict()
  .superRefine((query, ctx) => {
    if (query.include && query.format !== "json") ctx.addIssue({ code: "custom", path: ["include"], message: "Images are included inline only in the JSON export." });
    if (query.fps && !TIMELINE_FORMATS.includes(query.format)) ctx.addIssue({ code: "custom", path: ["fps"], message: "A frame rate applies to the timeline exports (fcpxml, premiere, otio)." });
    if (query.lastSeconds && !TIMED_FORMATS.includes(query.format)) {
      ctx.addIssue({ code: "custom", path: ["lastSeconds"], message: "The last still's length applies to the timeline and subtitle exports." });
    }
  })
  .transform((query) => ({ ...query, fps: query.fps ?? DEFAULT_FRAME_RATE, lastSeconds: query.lastSeconds ?? LAST_SECONDS_DEFAULT }));

export type ExportQuery = z.output<typeof exportQuerySchema>;

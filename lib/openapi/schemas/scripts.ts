import { z } from "zod";
import type { CreatedScript } from "@/lib/scripts/create";
import type { ExportedSegment } from "@/lib/scripts/export/json";
import type { ScriptListItem, ScriptView } from "@/lib/scripts/view";
import { ENGINE_IDS, QUALITIES } from "@/lib/shared/options";
import type { TimingPreview, TimingResult } from "@/lib/shared/timing";
import { describes } from "../describes";
import { imageSchema, jobSchema } from "../responses";
import { batchSchema } from "./batches";

const segmentFields = {
  id: z.string(),
  position: z.number().int(),
  /** As written in the script: "0:05", "00:01:10,500". */
  timestamp: z.string(),
  seconds: z.number(),
  text: z.string(),
  style: z.string().nullable(),
};

export const scriptListSchema = describes<{ items: ScriptListItem[] }>()(
  z.object({
    items: z.array(
      z.object({ id: z.string(), title: z.string(), style: z.string(), aspect: z.string(), segmentCount: z.number().int(), illustratedCount: z.number().int(), updatedAt: z.string() }),
    ),
  }),
);

/** `POST /api/scripts` (201): the new script and its parsed segments. */
export const createdScriptSchema = describes<CreatedScript>()(
  z
    .object({ id: z.string(), title: z.string(), style: z.string(), customStyle: z.string().nullable(), aspect: z.string(), segments: z.array(z.object(segmentFields)) })
    .meta({
      id: "CreatedScript",
      examples: [{ id: "cm0script", title: "Roasting", style: "documentary", customStyle: null, aspect: "16:9", segments: [{ id: "cm0segment", position: 0, timestamp: "0:00", seconds: 0, text: "Coffee beans roasting", style: null }] }],
    }),
);

export const scriptSchema = describes<ScriptView>()(
  z
    .object({
      id: z.string(),
      title: z.string(),
      style: z.string(),
      customStyle: z.string().nullable(),
      aspect: z.string(),
      references: z.array(imageSchema.omit({ b64_json: true })),
      /** What illustrating the segments still without an image would cost. */
      estimate: z.object({ engine: z.enum(ENGINE_IDS), model: z.string(), quality: z.enum(QUALITIES), perImageUsd: z.number(), totalUsd: z.number(), segments: z.number().int() }),
      segments: z.array(
        z.object({
          ...segmentFields,
          imageId: z.string().nullable(),
          image: imageSchema.omit({ b64_json: true }).nullable(),
          images: z.array(imageSchema.omit({ b64_json: true })),
          job: jobSchema.nullable(),
        }),
      ),
      batch: batchSchema.nullable(),
      /** With `?offset=&limit=`: the window of segments given, and how many the script has. */
      page: z.object({ offset: z.number().int(), limit: z.number().int(), total: z.number().int() }).optional(),
      /** What every job of the script was billed: scenes, redraws, variations, edits, billed failures. */
      costUsd: z.number(),
      createdAt: z.string(),
      updatedAt: z.string(),
    })
    .meta({ id: "Script" }),
);

const timingFields = {
  format: z.enum(["srt", "vtt", "otio", "fcpxml", "premiere"]),
  clips: z.number().int(),
  matched: z.number().int(),
  changes: z.array(
    z.object({
      segmentId: z.string(),
      number: z.number().int(),
      text: z.string(),
      from: z.string(),
      to: z.string(),
      fromSeconds: z.number(),
      toSeconds: z.number(),
      matchedBy: z.enum(["id", "name", "text", "order"]),
      clip: z.string(),
    }),
  ),
  unmatched: z.array(z.object({ segmentId: z.string(), number: z.number().int(), timestamp: z.string(), text: z.string() })),
  ignored: z.array(z.object({ clip: z.string(), start: z.string(), reason: z.enum(["duplicate", "foreign", "extra"]) })),
  fingerprint: z.string(),
};

export const timingPreviewSchema = describes<TimingPreview>()(z.object(timingFields).meta({ id: "TimingPreview" }));

/** With `apply=true`: the applied changes and how many segments changed. */
export const timingResultSchema = describes<TimingResult>()(z.object({ ...timingFields, applied: z.number().int() }).meta({ id: "TimingResult" }));

/** `GET /api/scripts/:id/export?format=json`: the reference module's list, with `b64_json` on `include=b64`. */
export const scriptExportSchema = describes<ExportedSegment[]>()(
  z.array(
    z.object({
      timestamp: z.string(),
      text: z.string(),
      generated_image: z
        .object({
          source: z.string(),
          license: z.string(),
          cost: z.number(),
          prompt: z.string(),
          style: z.string(),
          file: z.string(),
          relevance_score: z.number(),
          b64_json: z.string().nullable().optional(),
        })
        .nullable(),
    }),
  ),
);

import { z } from "zod";
import { waitQuerySchema } from "@/lib/jobs";
import { createScriptJsonSchema, exportQuerySchema, illustrateSchema, patchScriptSchema, scriptQuerySchema } from "@/lib/scripts/schema";
import { timingFormSchema } from "@/lib/scripts/timing/schema";
import { defineOperations } from "../define";
import { multipartOf } from "../multipart";
import { imageSchema, jobSchema } from "../responses";
import { createdScriptSchema, scriptExportSchema, scriptListSchema, scriptSchema, timingPreviewSchema, timingResultSchema } from "../schemas/scripts";

const illustrated = z.object({ batchId: z.string(), jobIds: z.array(z.string()), estimatedCostUsd: z.number(), jobs: z.array(jobSchema).optional(), images: z.array(imageSchema).optional() });

export const scriptOperations = defineOperations([
  { method: "get", path: "/api/scripts", tag: "Scripts", access: "read", summary: "The scripts, with their segment and illustrated counts", responses: { 200: { description: "`{ items }`", schema: scriptListSchema } } },
  {
    method: "post",
    path: "/api/scripts",
    tag: "Scripts",
    access: "generate",
    summary: "Create a script from text, segments or an uploaded .srt/.vtt (multipart `file`)",
    body: { schema: createScriptJsonSchema, contentType: "application/json", example: { title: "Roasting", style: "documentary", text: "0:00 Coffee beans roasting\n0:05 The beans crack" } },
    responses: { 201: { description: "The script with its segments.", schema: createdScriptSchema } },
    errors: [400, 413, 415],
  },
  { method: "get", path: "/api/scripts/{id}", tag: "Scripts", access: "read", summary: "The script, its segments, images, latest batch and estimate", query: scriptQuerySchema, responses: { 200: { description: "The script.", schema: scriptSchema } }, errors: [400, 404] },
  {
    method: "patch",
    path: "/api/scripts/{id}",
    tag: "Scripts",
    access: "generate",
    summary: "Change a script's settings, segments or chosen images",
    body: { schema: patchScriptSchema, contentType: "application/json", example: { title: "Roasting, take two" } },
    responses: { 200: { description: "The script.", schema: scriptSchema } },
    errors: [400, 404, 413, 415],
  },
  { method: "delete", path: "/api/scripts/{id}", tag: "Scripts", access: "generate", summary: "Delete a script (its images stay in the library)", responses: { 204: { description: "Deleted." } }, errors: [404] },
  {
    method: "post",
    path: "/api/scripts/{id}/illustrate",
    tag: "Scripts",
    access: "generate",
    summary: "Illustrate the segments without an image (or a selection, or redraw it) as one batch",
    description:
      "`segmentIds` (1–300 distinct ids of this script) limits the batch to that selection: those of its segments without an image, or all of them with `redraw: true` (a new version each). Empty or repeated ids are a 400, an id not of this script a 404. The budget is checked against the whole batch before anything is queued (402 queues nothing); `GET /api/scripts/{id}?segments=…&redraw=` gives the same selection's estimate first. `?wait=N` answers when the whole batch finished (200) or at the deadline (202).",
    query: waitQuerySchema,
    body: { schema: illustrateSchema, contentType: "application/json", example: { engine: "offline", segmentIds: ["seg_1", "seg_2"], redraw: true } },
    responses: { 200: { description: "Finished within `wait`.", schema: illustrated }, 202: { description: "Queued; follow `GET /api/batches/{id}`.", schema: illustrated } },
    errors: [400, 402, 404, 409, 413, 415],
  },
  {
    method: "get",
    path: "/api/scripts/{id}/export",
    tag: "Scripts",
    access: "read",
    summary: "Export: ZIP, JSON, storyboard PDF, timelines (FCPXML, Premiere, OTIO) or subtitles",
    query: exportQuerySchema,
    responses: {
      200: {
        description: "The file in the chosen format: a ZIP (`zip`, and the timelines `fcpxml`, `premiere`, `otio` with their images), the module's JSON (`json`), the storyboard PDF (`pdf`), SRT or WebVTT.",
        formats: { "application/zip": null, "application/json": scriptExportSchema, "application/pdf": null, "application/x-subrip": null, "text/vtt": null },
      },
    },
    errors: [400, 404],
  },
  {
    method: "post",
    path: "/api/scripts/{id}/timing",
    tag: "Scripts",
    access: "generate",
    summary: "Preview or apply timings from an edited SRT, VTT, OTIO, FCPXML or Premiere XML",
    body: { schema: multipartOf(timingFormSchema.in, { file: { required: true, description: "The edited timeline or subtitles (2 MB at most)." } }), contentType: "multipart/form-data", example: { apply: "false" } },
    responses: { 200: { description: "The preview, or with `apply=true` the applied changes (with `applied`).", schema: z.union([timingResultSchema, timingPreviewSchema]) } },
    errors: [400, 404, 409, 413, 415],
  },
]);

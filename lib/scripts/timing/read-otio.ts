import { z } from "zod";
import { OTIO_METADATA_KEY } from "../export/otio";
import { linesAt, scanJson } from "../parse/json-scan";
import { baseName, timingError, type TimedClip, type TimingFile } from "./types";

const MAX_DEPTH = 16;

const rationalTime = z.object({ value: z.number().finite(), rate: z.number().positive().finite() });
const timeRange = z.object({ start_time: rationalTime, duration: rationalTime });
const mediaReference = z.object({ target_url: z.string().nullish(), available_range: timeRange.nullish() }).loose();
const node = z
  .object({
    OTIO_SCHEMA: z.string(),
    name: z.string().nullish(),
    kind: z.string().nullish(),
    source_range: timeRange.nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
    media_reference: mediaReference.nullish(),
    media_references: z.record(z.string(), mediaReference.nullish()).nullish(),
    active_media_reference_key: z.string().nullish(),
    children: z.array(z.unknown()).nullish(),
    tracks: z.unknown().optional(),
  })
  .loose();
type OtioNode = z.infer<typeof node>;

function readNode(value: unknown, where: string): OtioNode {
  const parsed = node.safeParse(value);
  if (!parsed.success) throw timingError(`The OTIO file is not a timeline OpenTimelineIO can read: ${where} is malformed (${parsed.error.issues[0]?.message ?? "unknown shape"}).`);
  return parsed.data;
}

const schemaOf = (item: OtioNode) => item.OTIO_SCHEMA.split(".")[0] ?? "";

/** How long an item lasts on its track, in seconds. */
function durationOf(item: OtioNode, depth: number): number {
  if (depth > MAX_DEPTH) throw timingError("The OTIO file nests stacks and tracks too deeply.");
  const range = item.source_range ?? activeReference(item)?.available_range;
  if (range) return range.duration.value / range.duration.rate;
  const children = (item.children ?? []).map((child, index) => readNode(child, `item ${index + 1} of "${item.name ?? ""}"`));
  if (schemaOf(item) === "Track") return children.filter((child) => schemaOf(child) !== "Transition").reduce((sum, child) => sum + durationOf(child, depth + 1), 0);
  if (schemaOf(item) === "Stack") return Math.max(0, ...children.map((child) => durationOf(child, depth + 1)));
  throw timingError(`The OTIO file's item "${item.name ?? item.OTIO_SCHEMA}" has no duration.`);
}

function activeReference(item: OtioNode) {
  if (item.media_references) return item.media_references[item.active_media_reference_key ?? "DEFAULT_MEDIA"] ?? undefined;
  return item.media_reference ?? undefined;
}

function segmentIdOf(item: OtioNode): string | undefined {
  const ours = item.metadata?.[OTIO_METADATA_KEY];
  if (typeof ours !== "object" || ours === null || !("segment_id" in ours)) return undefined;
  return typeof ours.segment_id === "string" ? ours.segment_id : undefined;
}

/** The clips of one track, each at the sum of the durations before it (transitions take no time). */
function trackClips(track: OtioNode): TimedClip[] {
  const clips: TimedClip[] = [];
  let position = 0;
  (track.children ?? []).forEach((value, index) => {
    const item = readNode(value, `item ${index + 1} of track "${track.name ?? ""}"`);
    const schema = schemaOf(item);
    if (schema === "Transition") return;
    if (schema === "Clip") {
      const url = activeReference(item)?.target_url;
      clips.push({ start: position, name: item.name ?? "", file: url ? baseName(url) : undefined, segmentId: segmentIdOf(item) });
    }
    // The gap Inkwell wrote for a segment without an image still says where that segment starts.
    const gapOf = schema === "Gap" ? segmentIdOf(item) : undefined;
    if (gapOf) clips.push({ start: position, name: item.name ?? "", segmentId: gapOf });
    position += durationOf(item, 1);
  });
  return clips;
}

/** An OpenTimelineIO timeline's clips, from every video track, by start time. */
export function readOtioTiming(text: string): TimingFile {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // The scanner names the line of a syntax error, and refuses deep nesting before JSON.parse, which is slow on it.
  const problem = scanJson(body).error;
  if (problem) {
    const line = linesAt(body, [problem.offset])[0] ?? 1;
    throw timingError(`The OTIO file is not valid JSON: line ${line}: ${problem.reason}.`, line);
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    throw timingError(`The OTIO file is not valid JSON: ${error instanceof Error ? error.message : "unreadable"}.`);
  }
  const timeline = readNode(value, "the file");
  if (schemaOf(timeline) !== "Timeline") throw timingError(`The OTIO file holds a ${timeline.OTIO_SCHEMA}, not a Timeline.`);
  const stack = readNode(timeline.tracks, "the timeline's tracks");
  const tracks = (stack.children ?? []).map((track, index) => readNode(track, `track ${index + 1}`));
  const video = tracks.filter((track) => schemaOf(track) === "Track" && (track.kind ?? "Video") === "Video");
  const clips = video.flatMap(trackClips);
  if (clips.length === 0) throw timingError("The OTIO timeline has no clip on a video track.");
  return { format: "otio", clips };
}

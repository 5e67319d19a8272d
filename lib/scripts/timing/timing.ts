import "server-only";
import { createHash } from "node:crypto";
import { getScriptOrThrow, listSegments, type SegmentRecord } from "@/lib/db/scripts";
import { AppError, isAppError } from "@/lib/errors";
import { formatTimestamp } from "../parse/timestamp";
import { patchScriptSchema } from "../schema";
import { validateSegments } from "@/lib/shared/segment-ops";
import { updateScript } from "../update";
import { matchClips } from "./match";
import type { TimingChange, TimingPreview, TimingResult } from "@/lib/shared/timing";
import { readTimingFile } from "./read";
import { timingError } from "./types";

export type { TimingChange, TimingPreview } from "@/lib/shared/timing";

export interface TimingFileInput {
  name: string;
  text: string;
}

function fingerprintOf(scriptId: string, changes: readonly TimingChange[]): string {
  const hash = createHash("sha256").update(scriptId);
  for (const change of changes) hash.update(`|${change.segmentId}:${change.fromSeconds}:${change.toSeconds}`);
  return hash.digest("hex").slice(0, 16);
}

/** The preview, and the whole segment list as it would be saved. */
async function planTiming({ id, userId, file }: { id: string; userId: string; file: TimingFileInput }): Promise<{ preview: TimingPreview; segments: SegmentRecord[]; seconds: number[] }> {
  await getScriptOrThrow({ id, userId });
  const segments = await listSegments({ scriptId: id });
  const timing = readTimingFile(file.name, file.text);
  const subtitles = timing.format === "srt" || timing.format === "vtt";
  const { matches, ignored } = matchClips(segments, timing.clips, subtitles);

  // Whole seconds, to the nearest: a clip at frame 719 of 23.976 fps (29.99 s) is at 0:30.
  const seconds = segments.map((segment) => segment.seconds);
  const changes: TimingChange[] = [];
  for (const { segmentIndex, clip, by } of matches) {
    const segment = segments[segmentIndex]!;
    const to = Math.round(clip.start);
    if (to < 0) throw timingError(`"${clip.name}" starts before the timeline does.`);
    seconds[segmentIndex] = to;
    if (to === segment.seconds) continue;
    changes.push({ segmentId: segment.id, number: segmentIndex + 1, text: segment.text, from: segment.timestamp, to: formatTimestamp(to), fromSeconds: segment.seconds, toSeconds: to, matchedBy: by, clip: clip.name });
  }
  try {
    validateSegments(segments.map((segment, index) => ({ timestamp: formatTimestamp(seconds[index]!), seconds: seconds[index]!, text: segment.text })));
  } catch (error) {
    if (isAppError(error)) throw timingError(`With these timings, the segments would be out of order: ${error.message}`);
    throw error;
  }
  const matched = new Set(matches.map((match) => match.segmentIndex));
  const preview: TimingPreview = {
    format: timing.format,
    clips: timing.clips.length,
    matched: matched.size,
    changes,
    unmatched: segments.flatMap((segment, index) => (matched.has(index) ? [] : [{ segmentId: segment.id, number: index + 1, timestamp: segment.timestamp, text: segment.text }])),
    ignored: ignored.map(({ clip, reason }) => ({ clip: clip.name, start: formatTimestamp(Math.round(clip.start)), reason })),
    fingerprint: fingerprintOf(id, changes),
  };
  return { preview, segments, seconds };
}

/** What re-importing an edited timeline or subtitle file would change, without changing anything. */
export async function previewTiming(input: { id: string; userId: string; file: TimingFileInput }): Promise<TimingPreview> {
  return (await planTiming(input)).preview;
}

/**
 * Applies the file's timings to the segments, in one transaction. With `expect` (a preview's
 * fingerprint), refuses with 409 when the changes differ from that preview: the script or the
 * file changed in between.
 */
export async function applyTiming({ id, userId, file, expect }: { id: string; userId: string; file: TimingFileInput; expect?: string }): Promise<TimingResult> {
  const { preview, segments, seconds } = await planTiming({ id, userId, file });
  if (expect !== undefined && expect !== preview.fingerprint) {
    throw new AppError("conflict:timing", "The script or the file changed since the preview: preview the timings again before applying them.", { fingerprint: preview.fingerprint });
  }
  if (preview.changes.length > 0) {
    const list = segments.map((segment, index) => ({ id: segment.id, timestamp: formatTimestamp(seconds[index]!), text: segment.text, style: segment.style }));
    await updateScript({ id, userId, patch: patchScriptSchema.parse({ segments: list }) });
  }
  return { ...preview, applied: preview.changes.length };
}

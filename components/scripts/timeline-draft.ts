import { isAppError } from "@/lib/errors";
import { readTimestamp, type ScriptSegment } from "@/lib/shared/segment-ops";
import type { ScriptPatch, SegmentView } from "./types";

/** A segment being edited: the server's id once saved, and a stable key for React and focus. */
export type DraftSegment = ScriptSegment & { key: string };

let counter = 0;

function newKey(): string {
  counter += 1;
  return `new-${counter}`;
}

export function toDraft(segments: readonly SegmentView[]): DraftSegment[] {
  return segments.map((segment) => ({
    key: segment.id,
    id: segment.id,
    timestamp: segment.timestamp,
    seconds: segment.seconds,
    text: segment.text,
    style: segment.style,
  }));
}

/** Gives a key to the segments an operation created (they come back without one). */
export function withKeys(list: ReadonlyArray<ScriptSegment & { key?: string }>): DraftSegment[] {
  return list.map((segment) => (segment.key ? (segment as DraftSegment) : { ...segment, key: newKey() }));
}

/** The new timestamp; its seconds follow when it reads well (the server checks the rest on save). */
export function withTimestamp(segment: DraftSegment, timestamp: string): DraftSegment {
  const reading = readTimestamp(timestamp.trim());
  return "seconds" in reading ? { ...segment, timestamp, seconds: reading.seconds } : { ...segment, timestamp };
}

/** The whole ordered list for `PATCH /api/scripts/:id`. */
export function toPatchSegments(list: readonly DraftSegment[]): NonNullable<ScriptPatch["segments"]> {
  return list.map((segment) => ({
    ...(segment.id ? { id: segment.id } : {}),
    timestamp: segment.timestamp.trim(),
    text: segment.text,
    style: segment.style ?? null,
  }));
}

/** Where a split should cut: at the caret when it sits inside the text, else at the word nearest the middle. */
export function splitPoint(text: string, caret: number | null): number {
  if (caret !== null && caret > 0 && caret < text.length && text.slice(0, caret).trim() && text.slice(caret).trim()) return caret;
  const middle = Math.floor(text.length / 2);
  let best = -1;
  for (let index = 0; index < text.length; index++) {
    if (/\s/.test(text[index] ?? "") && (best < 0 || Math.abs(index - middle) < Math.abs(best - middle))) best = index;
  }
  return best > 0 ? best : middle;
}

/** An operation's failure as `{ line, message }` (line = 1-based segment number), if it is one we explain. */
export function operationError(error: unknown): { line: number | null; message: string } | null {
  if (!isAppError(error)) return null;
  const line = error.details?.line;
  return { line: typeof line === "number" ? line : null, message: error.message };
}

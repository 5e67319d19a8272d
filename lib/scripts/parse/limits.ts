import { AppError } from "@/lib/errors";
import { normalizeSpaces, snippet, splitLines } from "./lines";
import { formatTimestamp } from "./timestamp";
import type { ParsedSegment } from "./types";

export const MAX_SEGMENTS = 300;
export const MAX_SEGMENT_CHARS = 1000;
/** About 2 MB: a 2-hour SRT is ~150 kB, so this only stops accidents and abuse. */
export const MAX_SCRIPT_CHARS = 2_000_000;
/**
 * Five times a segment's limit leaves room for subtitle markup and spacing; a longer line is an
 * accident (a file without line breaks), not a script. JSON is exempt: it may be one line.
 */
export const MAX_LINE_CHARS = 5000;

/** The one error for a script the user must fix; `line` is 1-based (a segment index for lists). */
export function scriptError(line: number, message: string): AppError {
  return new AppError("invalid:script", message, { line });
}

/** The lines of a script, each at most MAX_LINE_CHARS long, or the error naming the first longer one. */
export function readScriptLines(text: string): string[] {
  const lines = splitLines(text);
  const long = lines.findIndex((line) => line.length > MAX_LINE_CHARS);
  if (long >= 0) {
    const line = lines[long] ?? "";
    throw scriptError(
      long + 1,
      `Line ${long + 1} (${snippet(line)}): the line has ${line.length.toLocaleString("en")} characters; the limit is ${MAX_LINE_CHARS.toLocaleString("en")}. Is the file missing its line breaks?`,
    );
  }
  return lines;
}

interface OpenSegment {
  seconds: number;
  parts: string[];
  chars: number;
  line: number;
  label: string;
}

/**
 * Collects segments in document order and applies the rules shared by every format as soon as
 * they can be checked, so the first problem in the script is the one reported: at most
 * MAX_SEGMENTS segments, strictly increasing timestamps, non-empty text of at most
 * MAX_SEGMENT_CHARS characters. `label` names the segment's origin, e.g. `Line 4 ("0:30 …")`.
 */
export class SegmentCollector {
  private readonly done: ParsedSegment[] = [];
  private open: OpenSegment | null = null;
  private lastSeconds: number | null = null;

  start(seconds: number, line: number, label: string, text = ""): void {
    const previous = this.lastSeconds;
    this.close();
    if (this.done.length >= MAX_SEGMENTS) {
      throw scriptError(line, `${label}: a script can have at most ${MAX_SEGMENTS} segments; this is segment ${MAX_SEGMENTS + 1}. Split the script, or merge subtitle cues into longer segments.`);
    }
    if (previous !== null && seconds <= previous) {
      const same = seconds === previous;
      throw scriptError(
        line,
        `${label}: ${formatTimestamp(seconds)} ${same ? "repeats the previous timestamp" : `comes after ${formatTimestamp(previous)}`}; each segment needs a later timestamp than the one before.`,
      );
    }
    this.lastSeconds = seconds;
    this.open = { seconds, parts: [], chars: 0, line, label };
    this.append(text);
  }

  append(text: string): void {
    const open = this.open;
    if (!open) return;
    const clean = normalizeSpaces(text);
    if (clean === "") return;
    open.chars += (open.parts.length > 0 ? 1 : 0) + clean.length;
    open.parts.push(clean);
  }

  /** Characters in the open segment's text, 0 when none is open. */
  get openChars(): number {
    return this.open?.chars ?? 0;
  }

  get isOpen(): boolean {
    return this.open !== null;
  }

  finish(emptyMessage: string): ParsedSegment[] {
    this.close();
    if (this.done.length === 0) throw scriptError(1, emptyMessage);
    return this.done;
  }

  /** Checks and stores the open segment; formats call it before reading the next timestamp. */
  close(): void {
    const open = this.open;
    if (!open) return;
    this.open = null;
    const timestamp = formatTimestamp(open.seconds);
    if (open.chars === 0) throw scriptError(open.line, `${open.label}: the segment at ${timestamp} has no text.`);
    const text = open.parts.join(" ");
    if (open.chars > MAX_SEGMENT_CHARS) {
      throw scriptError(
        open.line,
        `${open.label}: the segment at ${timestamp} (${snippet(text, 30)}) has ${open.chars} characters; the limit is ${MAX_SEGMENT_CHARS}.`,
      );
    }
    this.done.push({ timestamp, seconds: open.seconds, text });
  }
}

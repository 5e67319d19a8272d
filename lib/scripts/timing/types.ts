import { AppError } from "@/lib/errors";
import type { TimingFormat } from "@/lib/shared/timing";

export type { TimingFormat } from "@/lib/shared/timing";

/** A still or cue in an edited timeline, where it now starts. */
export interface TimedClip {
  /** Seconds from the start of the timeline. */
  start: number;
  /** The clip's name in the editor, or a cue's text. */
  name: string;
  /** The base name of the clip's media file (`003_0-30_historical-coffee.png`), when it has one. */
  file?: string;
  /** The segment id Inkwell wrote into the clip's metadata, when the editor kept it (OTIO). */
  segmentId?: string;
  /** A subtitle cue's text, matched against the segments' text. */
  text?: string;
}

export interface TimingFile {
  format: TimingFormat;
  /** In timeline order. */
  clips: TimedClip[];
}

/** The one error for a timing file that cannot be used: 400 with the reason (and the line, for subtitles). */
export function timingError(reason: string, line?: number): AppError {
  return new AppError("invalid:timing", reason, line === undefined ? undefined : { line });
}

/** "001_intro.png" from "media/001_intro.png", "file:///Users/me/001%20intro.png" or "C:\\clips\\001.png". */
export function baseName(url: string): string {
  let decoded = url;
  try {
    decoded = decodeURI(url);
  } catch {
    // A malformed escape: the name is used as written.
  }
  const cut = Math.max(decoded.lastIndexOf("/"), decoded.lastIndexOf("\\"));
  return decoded.slice(cut + 1);
}

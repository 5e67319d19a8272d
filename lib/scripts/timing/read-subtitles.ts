import { isAppError } from "@/lib/errors";
import type { Cue } from "../parse/cues";
import { parseSrtCues } from "../parse/srt";
import { parseVttCues } from "../parse/vtt";
import { timingError, type TimingFile } from "./types";

/** An SRT or WebVTT file's cues, each a clip named by its text, at its start time. */
export function readSubtitleTiming(format: "srt" | "vtt", text: string): TimingFile {
  let cues: Cue[];
  try {
    cues = format === "srt" ? parseSrtCues(text) : parseVttCues(text);
  } catch (error) {
    if (isAppError(error) && typeof error.details?.line === "number") throw timingError(error.message, error.details.line);
    throw error;
  }
  if (cues.length === 0) throw timingError(`The ${format === "srt" ? "SRT" : "WebVTT"} file has no cue with text.`);
  return { format, clips: cues.map((cue) => ({ start: cue.start, name: cue.text, text: cue.text })) };
}

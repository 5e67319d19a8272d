import { z } from "zod";

/** One illustrated moment of a video: where it starts and what it shows. */
export interface ParsedSegment {
  /** Normalized "m:ss" under an hour, "h:mm:ss" from an hour. */
  timestamp: string;
  seconds: number;
  text: string;
}

/**
 * A script as the studio receives it. "text" is what a creator pastes: timestamped lines, or a
 * JSON list, SRT or WebVTT recognised by their content. "srt" and "vtt" are uploaded subtitle
 * files; `mergeSeconds` groups consecutive cues into segments of about that many seconds.
 */
export type ScriptInput =
  | { kind: "text"; text: string }
  | { kind: "json"; segments: unknown }
  | { kind: "srt" | "vtt"; text: string; mergeSeconds?: number };

export type ScriptFormat = "text" | "json" | "srt" | "vtt";

export const MERGE_SECONDS_MIN = 5;
export const MERGE_SECONDS_MAX = 600;

/** The request body shape for handlers; the parser then checks the script itself. */
export const scriptInputSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("text"), text: z.string() }),
  z.object({ kind: z.literal("json"), segments: z.unknown() }),
  z.object({
    kind: z.enum(["srt", "vtt"]),
    text: z.string(),
    mergeSeconds: z.number().int().min(MERGE_SECONDS_MIN).max(MERGE_SECONDS_MAX).optional(),
  }),
]);

/** One item of a JSON script: `{ "timestamp": "0:30", "text": "..." }`; other keys are ignored. */
export const jsonSegmentSchema = z.object({ timestamp: z.string(), text: z.string() });

import { scanCueTime } from "./cues";
import { isBlank, splitLines } from "./lines";
import { countSteps, isDigit, skipSpaces, startsWithWord } from "./scan";
import type { ScriptFormat } from "./types";

const LOOK_AHEAD_CHARS = 4000;
const LOOK_AHEAD_LINES = 8;

/** "srt" for "script.SRT": the letters and digits after the last dot, lowercased. */
function extensionOf(filename: string): string {
  let dot = filename.length;
  while (dot > 0 && isAlphanumeric(filename.charCodeAt(dot - 1))) dot--;
  countSteps(filename.length - dot + 1);
  return dot > 0 && dot < filename.length && filename.charAt(dot - 1) === "." ? filename.slice(dot).toLowerCase() : "";
}

function isAlphanumeric(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** The fraction separator of a cue time line ("00:00:01,000 -->" is ",") or null. */
export function cueLineSeparator(line: string): "," | "." | null {
  const time = scanCueTime(line, skipSpaces(line, 0));
  if (!time?.separator) return null;
  return line.startsWith("-->", skipSpaces(line, time.end)) ? time.separator : null;
}

/** A JSON list (`[`, then `{`, `]` or nothing) or a JSON object. */
function looksLikeJson(head: string): boolean {
  if (head.startsWith("{")) return true;
  if (!head.startsWith("[")) return false;
  const next = skipSpaces(head, 1);
  return next === head.length || head.charAt(next) === "{" || head.charAt(next) === "]";
}

/**
 * The format of a pasted or uploaded script: the file extension decides for .srt, .vtt and
 * .json; otherwise the content does (a WEBVTT header, a JSON list of objects, a cue time line
 * among the first lines), and anything else is timestamped lines. "[0:30] text" is a line.
 */
export function detectScriptFormat(text: string, filename?: string): ScriptFormat {
  const extension = extensionOf(filename ?? "");
  if (extension === "srt" || extension === "vtt" || extension === "json") return extension;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1, LOOK_AHEAD_CHARS + 1) : text.slice(0, LOOK_AHEAD_CHARS);
  const head = body.slice(skipSpaces(body, 0));
  if (startsWithWord(head, "WEBVTT")) return "vtt";
  if (looksLikeJson(head)) return "json";
  let seen = 0;
  for (const line of splitLines(head)) {
    if (isBlank(line)) continue;
    const separator = cueLineSeparator(line);
    if (separator) return separator === "," ? "srt" : "vtt";
    if (++seen >= LOOK_AHEAD_LINES) break;
  }
  return "text";
}

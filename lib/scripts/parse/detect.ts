import type { ScriptFormat } from "./types";

const CUE_TIME_LINE = /^\s*(?:\d+:)?\d{1,2}:\d{1,2}([.,])\d{1,3}\s*-->/;
const LOOK_AHEAD_CHARS = 4000;
const LOOK_AHEAD_LINES = 8;

/**
 * The format of a pasted or uploaded script: the file extension decides for .srt, .vtt and
 * .json; otherwise the content does (a WEBVTT header, a JSON list of objects, a cue time line
 * among the first lines), and anything else is timestamped lines. "[0:30] text" is a line.
 */
export function detectScriptFormat(text: string, filename?: string): ScriptFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(filename ?? "")?.[1]?.toLowerCase();
  if (extension === "srt" || extension === "vtt" || extension === "json") return extension;
  const head = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).slice(0, LOOK_AHEAD_CHARS).trimStart();
  if (/^WEBVTT(?:\s|$)/.test(head)) return "vtt";
  if (/^\[\s*(?:[{\]]|$)/.test(head) || head.startsWith("{")) return "json";
  let seen = 0;
  for (const line of head.split(/\r\n|\r|\n/)) {
    if (line.trim() === "") continue;
    const match = CUE_TIME_LINE.exec(line);
    if (match) return match[1] === "," ? "srt" : "vtt";
    if (++seen >= LOOK_AHEAD_LINES) break;
  }
  return "text";
}

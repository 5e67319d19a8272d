/** A segment as a subtitle cue: it shows from its timestamp until the next one. */
export interface SubtitleSegment {
  seconds: number;
  text: string;
}

function pad(value: number, size = 2): string {
  return String(value).padStart(size, "0");
}

/** 3723.5 → "01:02:03,500" (SRT) or "01:02:03.500" (WebVTT). */
function cueTime(seconds: number, separator: "," | "."): string {
  const ms = Math.round(seconds * 1000);
  const time = `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}`;
  return `${time}${separator}${pad(ms % 1000, 3)}`;
}

function escapeMarkup(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** Text that a subtitle reader would take for markup: a tag, or an entity it would decode. */
function looksLikeMarkup(text: string): boolean {
  const open = text.indexOf("<");
  return (open >= 0 && text.indexOf(">", open) > open) || /&(?:amp|lt|gt|quot|apos|nbsp|lrm|rlm);/.test(text);
}

function cues(segments: readonly SubtitleSegment[], lastSeconds: number): Array<{ start: number; end: number; text: string }> {
  return segments.map((segment, index) => ({
    start: segment.seconds,
    end: segments[index + 1]?.seconds ?? segment.seconds + lastSeconds,
    text: segment.text,
  }));
}

/**
 * The segments as SubRip cues, numbered from 1. SRT has no escaping rule, so text is written
 * as it is unless a reader would take part of it for markup; then &, < and > become entities
 * (which Inkwell and most players decode), so that "a <b> c" is not shown as "a  c".
 */
export function writeSrt(segments: readonly SubtitleSegment[], lastSeconds: number): string {
  return cues(segments, lastSeconds)
    .map((cue, index) => `${index + 1}\n${cueTime(cue.start, ",")} --> ${cueTime(cue.end, ",")}\n${looksLikeMarkup(cue.text) ? escapeMarkup(cue.text) : cue.text}\n`)
    .join("\n");
}

/** The segments as WebVTT cues with their numbers as ids; &, < and > are escaped, as WebVTT requires ("-->" too, through ">"). */
export function writeVtt(segments: readonly SubtitleSegment[], lastSeconds: number): string {
  const body = cues(segments, lastSeconds)
    .map((cue, index) => `${index + 1}\n${cueTime(cue.start, ".")} --> ${cueTime(cue.end, ".")}\n${escapeMarkup(cue.text)}\n`)
    .join("\n");
  return `WEBVTT\n\n${body}`;
}

import { isAppError, type AppError } from "@/lib/errors";

/** Generators of scripts and subtitle files for tests and benchmarks. */

const pad = (value: number, size = 2): string => String(value).padStart(size, "0");

/** 3661.5 → "01:01:01,500". */
export function srtTime(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)},${pad(ms % 1000, 3)}`;
}

/** 61.5 → "01:01.500"; with hours from an hour on. */
export function vttTime(seconds: number): string {
  const full = srtTime(seconds).replace(",", ".");
  return seconds >= 3600 ? full : full.slice(3);
}

export interface CueOptions {
  /** Seconds between two cue starts. */
  every?: number;
  /** How long each cue shows. */
  duration?: number;
}

/** How many cues `makeSrt`/`makeVtt` write for that many minutes. */
export function cueCount(minutes: number, every = 3): number {
  return Math.floor((minutes * 60) / every);
}

/** An SRT file of `minutes` of numbered two-line cues, one every `every` seconds. */
export function makeSrt(minutes: number, { every = 3, duration = 2.5 }: CueOptions = {}): string {
  const blocks: string[] = [];
  for (let i = 0; i < cueCount(minutes, every); i++) {
    const start = i * every;
    blocks.push(`${i + 1}\n${srtTime(start)} --> ${srtTime(start + duration)}\nCue number ${i + 1} of the <i>long</i> video,\nsecond line.`);
  }
  return `${blocks.join("\n\n")}\n`;
}

/** The same cues as WebVTT, with a header, a NOTE and cue settings. */
export function makeVtt(minutes: number, { every = 3, duration = 2.5 }: CueOptions = {}): string {
  const blocks = ["WEBVTT - generated", "NOTE generated for tests"];
  for (let i = 0; i < cueCount(minutes, every); i++) {
    const start = i * every;
    blocks.push(`${vttTime(start)} --> ${vttTime(start + duration)} align:start\n<v Host>Cue number ${i + 1}</v>`);
  }
  return `${blocks.join("\n\n")}\n`;
}

/** A timestamped-lines script of `count` segments, one every `every` seconds from 0:00. */
export function makeTextScript(count: number, every = 10): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const s = i * every;
    const time = s >= 3600 ? `${Math.floor(s / 3600)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}` : `${Math.floor(s / 60)}:${pad(s % 60)}`;
    lines.push(`${time} Scene ${i + 1} of the script`);
  }
  return lines.join("\n");
}

/** The AppError a call throws; fails the test if it returns or throws something else. */
export function appErrorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error("expected an AppError, but nothing was thrown");
}

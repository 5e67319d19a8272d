import { z } from "zod";
import { FRAME_RATE_NAMES, type FrameRateName } from "@/lib/shared/timeline-options";

export { DEFAULT_FRAME_RATE, FRAME_RATE_NAMES, type FrameRateName } from "@/lib/shared/timeline-options";
export const frameRateSchema = z.enum(FRAME_RATE_NAMES, { error: `Choose a frame rate among ${FRAME_RATE_NAMES.join(", ")}.` });

export interface FrameRate {
  name: FrameRateName;
  /** Frames per second as numerator / denominator. */
  numerator: number;
  denominator: number;
  /** The whole number of frames a timecode second counts (24 for 23.976, 30 for 29.97). */
  timebase: number;
  /** 1000/1001 of the timebase. */
  ntsc: boolean;
  /** Timecode skips frame numbers 00 and 01 each minute except every tenth (29.97 only). */
  dropFrame: boolean;
}

const RATES: Record<FrameRateName, FrameRate> = {
  "23.976": { name: "23.976", numerator: 24000, denominator: 1001, timebase: 24, ntsc: true, dropFrame: false },
  "24": { name: "24", numerator: 24, denominator: 1, timebase: 24, ntsc: false, dropFrame: false },
  "25": { name: "25", numerator: 25, denominator: 1, timebase: 25, ntsc: false, dropFrame: false },
  "29.97": { name: "29.97", numerator: 30000, denominator: 1001, timebase: 30, ntsc: true, dropFrame: true },
  "30": { name: "30", numerator: 30, denominator: 1, timebase: 30, ntsc: false, dropFrame: false },
  "60": { name: "60", numerator: 60, denominator: 1, timebase: 60, ntsc: false, dropFrame: false },
};

export function getFrameRate(name: FrameRateName): FrameRate {
  return RATES[name];
}

/** Frames per second as a number (24000/1001 for 23.976), for formats that store a float. */
export function framesPerSecond(rate: FrameRate): number {
  return rate.numerator / rate.denominator;
}

/** The frame that shows at `seconds` of real time: the nearest frame boundary. */
export function frameAt(seconds: number, rate: FrameRate): number {
  return Math.round((seconds * rate.numerator) / rate.denominator);
}

/** The real time at which frame `frames` starts. */
export function secondsAtFrame(frames: number, rate: FrameRate): number {
  return (frames * rate.denominator) / rate.numerator;
}

/** A frame count as FCPXML's rational seconds: "0s", "25/25s", "1001/24000s". */
export function rationalSeconds(frames: number, rate: FrameRate): string {
  if (frames === 0) return "0s";
  return `${frames * rate.denominator}/${rate.numerator}s`;
}

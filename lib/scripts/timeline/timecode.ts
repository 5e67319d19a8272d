import type { FrameRate } from "./frame-rate";

/** Drop-frame 29.97: frame numbers 00 and 01 are skipped each minute, except every tenth minute. */
const DROPPED_PER_MINUTE = 2;
const FRAMES_PER_TEN_MINUTES = 10 * 60 * 30 - 9 * DROPPED_PER_MINUTE; // 17982
const FRAMES_PER_DROPPED_MINUTE = 60 * 30 - DROPPED_PER_MINUTE; // 1798

const pad = (value: number) => String(value).padStart(2, "0");

/**
 * A frame count as timecode: "01:02:03:04", or "00:01:00;02" in drop-frame, where ";" marks the
 * frames and the label of frame 1800 is 00:01:00;02 because 00;00 and 00;01 do not exist then.
 */
export function framesToTimecode(frames: number, rate: FrameRate): string {
  let label = frames;
  if (rate.dropFrame) {
    const tens = Math.floor(frames / FRAMES_PER_TEN_MINUTES);
    const rest = frames % FRAMES_PER_TEN_MINUTES;
    const skipped = rest < DROPPED_PER_MINUTE ? 0 : Math.floor((rest - DROPPED_PER_MINUTE) / FRAMES_PER_DROPPED_MINUTE);
    label += 9 * DROPPED_PER_MINUTE * tens + DROPPED_PER_MINUTE * skipped;
  }
  const base = rate.timebase;
  const ff = label % base;
  const totalSeconds = Math.floor(label / base);
  const time = `${pad(Math.floor(totalSeconds / 3600))}:${pad(Math.floor(totalSeconds / 60) % 60)}:${pad(totalSeconds % 60)}`;
  return `${time}${rate.dropFrame ? ";" : ":"}${pad(ff)}`;
}

/** The frame count of a timecode, or null when it is malformed or names a dropped frame. */
export function timecodeToFrames(timecode: string, rate: FrameRate): number | null {
  const parts = timecode.split(/[:;.]/);
  if (parts.length !== 4 || parts.some((part) => part.length === 0 || part.length > 2 || !/^\d+$/.test(part))) return null;
  const [h = 0, m = 0, s = 0, ff = 0] = parts.map(Number);
  if (m > 59 || s > 59 || ff >= rate.timebase) return null;
  const minutes = h * 60 + m;
  const nominal = (minutes * 60 + s) * rate.timebase + ff;
  if (!rate.dropFrame) return nominal;
  if (s === 0 && ff < DROPPED_PER_MINUTE && m % 10 !== 0) return null;
  return nominal - DROPPED_PER_MINUTE * (minutes - Math.floor(minutes / 10));
}

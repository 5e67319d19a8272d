import { frameAt, type FrameRate } from "./frame-rate";

/** A segment as the timeline writers see it. */
export interface PlanInput {
  segmentId: string;
  seconds: number;
  timestamp: string;
  text: string;
  /** The image's file name in the download (`003_0-30_historical-coffee.png`), or null without one. */
  file: string | null;
  width: number | null;
  height: number | null;
}

/** One segment on the timeline, in frames from the start. */
export interface TimelineItem extends PlanInput {
  /** 1-based position in the script. */
  number: number;
  startFrame: number;
  durationFrames: number;
}

export interface TimelinePlan {
  title: string;
  rate: FrameRate;
  /** The sequence's frame size, from the script's frame. */
  width: number;
  height: number;
  /** Every segment in order; those without an image become gaps. */
  items: TimelineItem[];
  /** From frame 0 to the end of the last item. */
  durationFrames: number;
}

export const FRAME_SIZES: Record<string, { width: number; height: number }> = {
  "16:9": { width: 1920, height: 1080 },
  "1:1": { width: 1080, height: 1080 },
  "9:16": { width: 1080, height: 1920 },
};

export { LAST_SECONDS_DEFAULT, LAST_SECONDS_MAX } from "@/lib/shared/timeline-options";

/**
 * Each segment starts at the frame of its timestamp (real time, so a 29.97 timeline stays in
 * step with the audio) and lasts until the next one starts; the last lasts `lastSeconds`.
 * Consecutive items share their boundary frame, so there is never a gap or an overlap.
 */
export function planTimeline({ title, aspect, rate, lastSeconds, segments }: { title: string; aspect: string; rate: FrameRate; lastSeconds: number; segments: readonly PlanInput[] }): TimelinePlan {
  const items = segments.map((segment, index): TimelineItem => {
    const startFrame = frameAt(segment.seconds, rate);
    const next = segments[index + 1];
    const endFrame = next ? frameAt(next.seconds, rate) : frameAt(segment.seconds + lastSeconds, rate);
    return { ...segment, number: index + 1, startFrame, durationFrames: endFrame - startFrame };
  });
  const last = items.at(-1);
  const size = FRAME_SIZES[aspect] ?? FRAME_SIZES["16:9"]!;
  return { title, rate, width: size.width, height: size.height, items, durationFrames: last ? last.startFrame + last.durationFrames : 0 };
}

/** The file name without its extension: the clip's name in the editor. */
export function clipName(file: string): string {
  const dot = file.lastIndexOf(".");
  return dot > 0 ? file.slice(0, dot) : file;
}

/** The name of the gap standing for a segment without an image: "003 (no image)". */
export function gapLabel(number: number): string {
  return `${String(number).padStart(3, "0")} (no image)`;
}

/** Whether an editor's gap is one Inkwell wrote for a segment without an image. */
export function isGapLabel(name: string): boolean {
  return /^\d{3,} \(no image\)/.test(name);
}

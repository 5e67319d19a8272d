// What a storyboard frame says about its image, from the segment, its jobs and the unsaved text.

/** The parts of a job the frame needs (a batch's or a followed job's latest state). */
export interface FrameJob {
  status: string;
  progress: number;
  error: { code: string; message: string } | null;
}

export type FrameStatus =
  | { kind: "none" }
  | { kind: "queued"; progress: number; status: string }
  | { kind: "failed"; reason: string | null }
  | { kind: "done" }
  | { kind: "stale" };

export interface FrameStatusInput {
  /** The chosen image's options as saved (a scene records the text it was drawn from), or undefined without an image. */
  imageOptions: unknown;
  hasImage: boolean;
  /** The segment's text now (the draft's, when edited). */
  text: string;
  running: readonly FrameJob[];
  failure: FrameJob | null;
}

/** The text a scene image was drawn from, when it recorded one. */
export function drawnText(options: unknown): string | null {
  if (typeof options !== "object" || options === null || !("text" in options)) return null;
  const text = (options as { text: unknown }).text;
  return typeof text === "string" ? text : null;
}

/**
 * Work in progress wins (its progress is what the creator waits for), then a failure, then
 * an image drawn from other words than the segment's (it needs a redraw), then done.
 */
export function frameStatus({ imageOptions, hasImage, text, running, failure }: FrameStatusInput): FrameStatus {
  const first = running[0];
  if (first) {
    const progress = Math.min(...running.map((job) => job.progress));
    return { kind: "queued", progress: Math.max(0, Math.min(100, progress)), status: first.status };
  }
  if (failure) return { kind: "failed", reason: failure.error?.message ?? null };
  if (!hasImage) return { kind: "none" };
  const drawn = drawnText(imageOptions);
  if (drawn !== null && drawn.trim() !== text.trim()) return { kind: "stale" };
  return { kind: "done" };
}

/** The first line of a segment's text, for a frame's caption. */
export function firstLine(text: string): string {
  return text.trim().split(/\r?\n/, 1)[0] ?? "";
}

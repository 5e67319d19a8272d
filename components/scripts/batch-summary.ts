import type { BatchView, SegmentView } from "./types";

/** A scene the batch could not illustrate: where it is in the script, and why. */
export interface FailedScene {
  segmentId: string;
  /** 1-based, as the timeline numbers segments. */
  number: number;
  /** The first line of its text, to recognise it. */
  text: string;
  /** "failed" or "canceled". */
  status: string;
  reason: string | null;
  /** The segment's row in the page. */
  anchor: string;
}

/** A batch's outcome split for the progress bar and the summary. */
export interface BatchSummary {
  total: number;
  done: number;
  /** Failed and canceled scenes: what one retry would queue again. */
  failed: number;
  remaining: number;
  /** Shares of the bar, in percent, that add up to at most 100. */
  shares: { done: number; failed: number };
  failedScenes: FailedScene[];
}

/** The id of a segment's row (see SegmentRow), so a summary can link to it. */
export const segmentAnchor = (segmentId: string) => `seg-${segmentId}-row`;

const percent = (part: number, total: number) => (total === 0 ? 0 : Math.round((part / total) * 1000) / 10);

/**
 * What a batch did, per scene: the done and failed counts for the bar, and the failed scenes in
 * script order with their reason. A failed job whose segment was deleted since is still counted,
 * but not listed (there is nothing to link to).
 */
export function summarizeBatchOutcome(batch: BatchView, segments: readonly Pick<SegmentView, "id" | "text">[]): BatchSummary {
  const { total, done, remaining } = batch.counts;
  const failed = batch.counts.failed + batch.counts.canceled;
  const position = new Map(segments.map((s, i) => [s.id, i]));
  const failedScenes = batch.jobs
    .filter((job) => (job.status === "failed" || job.status === "canceled") && job.segmentId !== null && position.has(job.segmentId))
    .map((job) => {
      const index = position.get(job.segmentId!)!;
      return {
        segmentId: job.segmentId!,
        number: index + 1,
        text: (segments[index]!.text.split("\n")[0] ?? "").trim(),
        status: job.status,
        reason: job.error?.message || null,
        anchor: segmentAnchor(job.segmentId!),
      };
    })
    .sort((a, b) => a.number - b.number);
  const doneShare = percent(done, total);
  return { total, done, failed, remaining, shares: { done: doneShare, failed: Math.min(percent(failed, total), 100 - doneShare) }, failedScenes };
}

import { SingleBar, Presets } from "cli-progress";
import type { InkwellClient } from "./client";
import { CliError, EXIT, throwIfInterrupted } from "./errors";
import type { CliIO } from "./io";

export interface JobJson {
  id: string;
  status: string;
  progress: number;
  stage: string | null;
  imageIds: string[];
  error: { code: string; message: string } | null;
}

export interface BatchJson {
  id: string;
  status: string;
  progress: number;
  counts: { total: number; done: number; failed: number; canceled: number; remaining: number };
}

const FINISHED = new Set(["succeeded", "failed", "canceled"]);

function progressBar(io: CliIO, label: string): SingleBar {
  // cli-progress draws only on a terminal (noTTYOutput is off): piped output stays clean.
  return new SingleBar({ stream: io.stderr, format: `${label} [{bar}] {percentage}% {stage}`, hideCursor: false }, Presets.shades_classic);
}

/** Polls a job until it finishes, drawing its progress; a failed or canceled job is exit code 1. */
export async function followJob(client: InkwellClient, io: CliIO, id: string, label = "Drawing"): Promise<JobJson> {
  const bar = progressBar(io, label);
  bar.start(100, 0, { stage: "" });
  try {
    for (;;) {
      const job = await client.getJson<JobJson>(`/api/jobs/${encodeURIComponent(id)}`);
      bar.update(Math.round(job.progress), { stage: job.stage ?? job.status });
      if (FINISHED.has(job.status)) {
        if (job.status !== "succeeded") throw new CliError(`The job ${job.status}: ${job.error?.message ?? "no reason given"}`, EXIT.failed);
        return job;
      }
      await io.sleep(io.pollMs);
      throwIfInterrupted(io.signal);
    }
  } finally {
    bar.stop();
  }
}

/**
 * Polls a batch until it finishes, one step per finished scene; any failed scene is exit code 1.
 * `onPoll` runs after each look (to save what is finished as it comes).
 */
export async function followBatch(client: InkwellClient, io: CliIO, id: string, label = "Scenes", onPoll?: (batch: BatchJson) => Promise<void>): Promise<BatchJson> {
  const bar = progressBar(io, label);
  let started = false;
  try {
    for (;;) {
      const batch = await client.getJson<BatchJson>(`/api/batches/${encodeURIComponent(id)}`);
      const done = batch.counts.done + batch.counts.failed + batch.counts.canceled;
      if (!started) bar.start(batch.counts.total, done, { stage: "" });
      started = true;
      bar.update(done, { stage: `${batch.counts.done} done, ${batch.counts.failed} failed` });
      await onPoll?.(batch);
      if (FINISHED.has(batch.status) || batch.counts.remaining === 0) {
        if (batch.counts.failed + batch.counts.canceled > 0) throw new CliError(`${batch.counts.failed + batch.counts.canceled} of ${batch.counts.total} scenes were not made; run the command again to retry them.`, EXIT.failed);
        return batch;
      }
      await io.sleep(io.pollMs);
      throwIfInterrupted(io.signal);
    }
  } finally {
    if (started) bar.stop();
  }
}

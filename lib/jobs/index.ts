import { getEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { JOB_HANDLERS } from "./handlers";
import { JobRunner } from "./runner";

const globalForRunner = globalThis as unknown as { inkwellRunner?: JobRunner };

/** The runner of this process, if it runs jobs (inline mode, or the worker). */
export function currentRunner(): JobRunner | undefined {
  return globalForRunner.inkwellRunner;
}

/** Starts this process's runner once. */
export async function startJobRunner(): Promise<JobRunner> {
  if (globalForRunner.inkwellRunner) return globalForRunner.inkwellRunner;
  const env = getEnv();
  const runner = new JobRunner({
    concurrency: env.JOB_CONCURRENCY,
    perUser: env.JOB_CONCURRENCY_PER_USER,
    maxAttempts: env.JOB_MAX_ATTEMPTS,
    handlers: JOB_HANDLERS,
  });
  globalForRunner.inkwellRunner = runner;
  await runner.start();
  log.info("job runner started", { workerId: runner.workerId, concurrency: env.JOB_CONCURRENCY });
  return runner;
}

export async function stopJobRunner(): Promise<void> {
  const runner = globalForRunner.inkwellRunner;
  globalForRunner.inkwellRunner = undefined;
  await runner?.stop();
}

import "server-only";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { registeredJobKinds } from "./registry";
import { JobRunner } from "./runner";

const globalForRunner = globalThis as unknown as { inkwellRunner?: JobRunner };

/** The runner of this process, if it runs jobs (inline mode, or the worker). */
export function currentRunner(): JobRunner | undefined {
  return globalForRunner.inkwellRunner;
}

/** Starts this process's runner once, for the job kinds registered at start-up. */
export async function startJobRunner(): Promise<JobRunner> {
  if (globalForRunner.inkwellRunner) return globalForRunner.inkwellRunner;
  const kinds = registeredJobKinds();
  if (kinds.length === 0) throw new Error("No job kind is registered: call registerJobKinds() where the program starts.");
  const env = getEnv();
  const runner = new JobRunner({
    concurrency: env.JOB_CONCURRENCY,
    perUser: env.JOB_CONCURRENCY_PER_USER,
    provider: { concurrency: env.JOB_OPENAI_CONCURRENCY, perUser: env.JOB_OPENAI_CONCURRENCY_PER_USER },
    maxAttempts: env.JOB_MAX_ATTEMPTS,
  });
  globalForRunner.inkwellRunner = runner;
  await runner.start();
  log.info("job runner started", { workerId: runner.workerId, concurrency: env.JOB_CONCURRENCY, openaiConcurrency: env.JOB_OPENAI_CONCURRENCY, kinds });
  return runner;
}

export async function stopJobRunner(): Promise<void> {
  const runner = globalForRunner.inkwellRunner;
  globalForRunner.inkwellRunner = undefined;
  await runner?.stop();
}

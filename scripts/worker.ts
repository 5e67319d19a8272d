// `npm run worker`: a separate job worker process. Run the web server with JOB_RUNNER=external and
// as many workers as the machines allow; they share the database and the blob store, and the
// atomic claim guarantees that no job runs twice at once.
import { getEnv } from "@/lib/env";
import { logEngineConfiguration } from "@/lib/images/engines";
import { registerJobKinds } from "@/lib/job-kinds";
import { startModelLifecycle, stopModelLifecycle } from "@/lib/images/lifecycle";
import { startJobRunner, stopJobRunner } from "@/lib/jobs";
import { log } from "@/lib/log";

async function main(): Promise<void> {
  getEnv();
  logEngineConfiguration();
  registerJobKinds();
  await startModelLifecycle();
  const runner = await startJobRunner();
  log.info("worker ready", { workerId: runner.workerId });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info("worker stopping", { signal });
    stopModelLifecycle();
    await stopJobRunner();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  log.error("worker failed to start", { error });
  process.exit(1);
});

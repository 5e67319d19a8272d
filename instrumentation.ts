// Starts the in-process job runner when the Node.js server boots (JOB_RUNNER=inline, the default).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getEnv } = await import("./lib/env");
  const { logEngineConfiguration } = await import("./lib/images/engines");
  logEngineConfiguration();
  if (getEnv().JOB_RUNNER !== "inline") return;
  const { startJobRunner } = await import("./lib/jobs");
  await startJobRunner();
}

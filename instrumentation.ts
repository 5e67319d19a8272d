// Where the web server starts: registers the kinds of job, and starts the in-process job runner
// (JOB_RUNNER=inline, the default).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getEnv } = await import("./lib/env");
  const { logEngineConfiguration } = await import("./lib/images/engines");
  const { registerJobKinds } = await import("./lib/job-kinds");
  logEngineConfiguration();
  registerJobKinds();
  // Reads OpenAI's model list (with a key) now and daily: retired models are replaced by their successors.
  const { startModelLifecycle } = await import("./lib/images/lifecycle");
  await startModelLifecycle();
  if (getEnv().JOB_RUNNER !== "inline") return;
  const { startJobRunner } = await import("./lib/jobs");
  await startJobRunner();
}

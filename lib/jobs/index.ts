// The job lifecycle's public surface: use cases, routes and entry points import from here, never
// from the modules inside (the lint rule enforces it outside lib/jobs).

// Starting work: every job is inserted by `enqueueJobs`, in one transaction with its reservation.
export { enqueueJobs, type EnqueuePlan, type EnqueueReads, type EnqueueRequest, type EnqueueResult } from "./enqueue";
export type { BatchOwner, JobDraft } from "./transitions";
export type { EnqueueEffect, JobEffect } from "./effects";
export { startedJob, type StartedJob } from "./started";

// Running work: kinds registered where the program starts, and this process's runner.
export type { JobContext, JobHandler, JobKind, JobOutputImage, JobResult } from "./types";
export { registerJobKind, registeredJobKinds } from "./registry";
export { currentRunner, startJobRunner, stopJobRunner } from "./process";
export { JobRunner, type RunnerOptions } from "./runner";

// Stopping work.
export { cancelBatchJobs, cancelJobs } from "./cancel";

// Reading and following work.
export { cancelJobForUser, getJobForUser, readJobPreview } from "./read";
export { toJobView } from "./job-view";
export { getBatchView, latestPerSubject, summarizeBatch, viewBatches } from "./batch-view";
export { followJobs, type FollowEvent, type FollowRequest, type FollowSink } from "./follow";
export { getFollowSnapshot, type FollowTarget } from "./follow-read";
export { followQuerySchema, type FollowQuery } from "./follow-query";
export { isFinished, MAX_WAIT_SECONDS, waitForJobs, waitQuerySchema, type WaitQuery } from "./wait";

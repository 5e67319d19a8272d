// The one module that writes jobs (and batches): every change of a job's status is a guarded
// transition here. Nothing else in the code base creates a job row or sets its status.
export { insertJobs, type JobDraft } from "./insert";
export { claimJob, completeJob, failJob, recordBilledCall, recordCanceledCost, recordPreview, recordProgress, requeueJob, touchJobs, type HeldJob } from "./running";
export { settleJobSpend, type SettledJob } from "./settle";
export { cancelOpenJobs, type CancelScope } from "./cancel";
export { recoverStaleJobs } from "./recover";
export { createBatch, markBatchCanceled, markBatchFinished, reopenBatch, type BatchOwner } from "./batches";

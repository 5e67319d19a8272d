import "server-only";
import { randomUUID } from "node:crypto";
import { getJob, type JobRecord } from "@/lib/db/jobs";
import { AppError, billedCostOf } from "@/lib/errors";
import { log } from "@/lib/log";
import { blobStore } from "@/lib/storage";
import { meterBilledCalls } from "@/lib/billing/billed-calls";
import { AttemptBilling } from "./attempt-billing";
import { claimNextJob, type JobLane } from "./claim";
import { emitJobsChanged, onJobQueued } from "./events";
import { JobNoLongerOwnedError, persistJobResult, resultCostMicroUsd } from "./persist";
import { jobHandlerFor } from "./registry";
import { inputWithModel, successorModel } from "./model-switch";
import { decideAfterFailure } from "./retry-policy";
import { failJob, recordCanceledCost, recordPreview, recordProgress, recoverStaleJobs, requeueJob, touchJobs } from "./transitions";
import type { JobHandler } from "./types";

export interface RunnerOptions {
  /** Jobs at once (and per user). With `provider` set, only those of the offline engine, which use this machine's cores. */
  concurrency: number;
  perUser: number;
  /** Separate slots for jobs that wait on a provider (OpenAI) rather than on this machine's cores. */
  provider?: { concurrency: number; perUser: number };
  maxAttempts: number;
  /** The handlers by kind; the kinds registered in this process by default. */
  handlers?: Record<string, JobHandler>;
  pollMs?: number;
  heartbeatMs?: number;
  staleMs?: number;
  /** First wait after a rate limit; doubled on each further attempt. */
  rateLimitBackoffMs?: number;
}

/**
 * Runs queued jobs with a concurrency limit, in the web server (inline) or in a worker process.
 * Progress, cancellation and heartbeats go through the database, so several runners can share it.
 */
interface Slots {
  lane?: JobLane;
  concurrency: number;
  perUser: number;
}

export class JobRunner {
  readonly workerId = `worker-${randomUUID()}`;
  private readonly running = new Map<string, AbortController>();
  private readonly slotsOf = new Map<string, Slots>();
  private readonly slots: Slots[];
  private readonly options: Required<Omit<RunnerOptions, "handlers" | "provider">> & Pick<RunnerOptions, "handlers">;
  private timers: NodeJS.Timeout[] = [];
  private unsubscribe?: () => void;
  private ticking = false;
  private again = false;
  private stopped = true;
  private pausedUntil = new Map<string, number>();
  private idleWaiters: Array<() => void> = [];

  constructor(options: RunnerOptions) {
    const { provider, ...rest } = options;
    this.options = { pollMs: 1000, heartbeatMs: 5000, staleMs: 30_000, rateLimitBackoffMs: 20_000, ...rest };
    this.slots = provider
      ? [{ lane: "local", concurrency: options.concurrency, perUser: options.perUser }, { lane: "provider", ...provider }]
      : [{ concurrency: options.concurrency, perUser: options.perUser }];
  }

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    await this.recover();
    this.unsubscribe = onJobQueued(() => this.kick());
    this.timers.push(setInterval(() => this.kick(), this.options.pollMs));
    this.timers.push(setInterval(() => void this.heartbeat().catch(() => undefined), this.options.heartbeatMs));
    this.timers.push(setInterval(() => void this.recover().catch(() => undefined), this.options.staleMs));
    for (const timer of this.timers) timer.unref();
    this.kick();
  }

  /** Stops taking jobs and waits (up to `graceMs`) for the running ones. Unfinished ones are recovered later. */
  async stop(graceMs = 10_000): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    if (this.running.size > 0) {
      await Promise.race([this.idle(), new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
    }
  }

  get activeCount(): number {
    return this.running.size;
  }

  /** Resolves when no job is running. */
  idle(): Promise<void> {
    if (this.running.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Asks the runner to look for work now (a job was just queued). */
  kick(): void {
    if (this.stopped) return;
    if (this.ticking) {
      this.again = true;
      return;
    }
    this.ticking = true;
    void this.fill()
      .catch((error: unknown) => log.error("job runner could not claim jobs", { error }))
      .finally(() => {
        this.ticking = false;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Stops a job this runner is running (its row is already marked canceled). */
  abort(jobId: string): void {
    this.running.get(jobId)?.abort(new AppError("unavailable:canceled", "The job was canceled."));
  }

  private async recover(): Promise<void> {
    const recovered = await recoverStaleJobs({ staleMs: this.options.staleMs, maxAttempts: this.options.maxAttempts });
    if (recovered.requeued + recovered.failed > 0) log.warn("recovered interrupted jobs", recovered);
  }

  private pausedEngines(): string[] {
    const now = Date.now();
    return [...this.pausedUntil.entries()].filter(([, until]) => until > now).map(([engine]) => engine);
  }

  private usedSlots(slots: Slots): number {
    let used = 0;
    for (const taken of this.slotsOf.values()) if (taken === slots) used += 1;
    return used;
  }

  private async fill(): Promise<void> {
    for (const slots of this.slots) {
      while (!this.stopped && this.usedSlots(slots) < slots.concurrency) {
        const job = await claimNextJob({ workerId: this.workerId, perUser: slots.perUser, pausedEngines: this.pausedEngines(), lane: slots.lane });
        if (!job) break;
        this.launch(job, slots);
      }
    }
  }

  private launch(job: JobRecord, slots: Slots): void {
    const controller = new AbortController();
    this.running.set(job.id, controller);
    this.slotsOf.set(job.id, slots);
    emitJobsChanged(job.userId);
    void this.run(job, controller).finally(() => {
      this.running.delete(job.id);
      this.slotsOf.delete(job.id);
      if (this.running.size === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
      this.kick();
    });
  }

  private async heartbeat(): Promise<void> {
    const ids = [...this.running.keys()];
    if (ids.length === 0) return;
    // A job canceled through the API (perhaps by another process) is aborted here.
    const alive = await touchJobs({ ids, workerId: this.workerId });
    for (const id of ids) if (!alive.has(id)) this.abort(id);
  }

  private async run(job: JobRecord, controller: AbortController): Promise<void> {
    const handler = this.options.handlers?.[job.kind] ?? jobHandlerFor(job.kind);
    const workerId = this.workerId;
    let previewKey: string | undefined;
    // What the provider billed for this attempt, known once the handler returned its result.
    let billed = 0;
    const billing = new AttemptBilling(job, workerId);
    try {
      if (!handler) throw new AppError("internal:job_kind", `No handler for jobs of kind "${job.kind}".`);
      const result = await meterBilledCalls(billing.sink, () => handler({
        job,
        signal: controller.signal,
        progress: async (percent, stage) => {
          if (controller.signal.aborted) return;
          await recordProgress({ id: job.id, workerId, progress: percent, stage });
          emitJobsChanged(job.userId);
        },
        preview: async (png) => {
          if (controller.signal.aborted) return;
          previewKey = `previews/${job.id}.png`;
          await blobStore().put(previewKey, png, "image/png");
          await recordPreview({ id: job.id, workerId, previewKey });
          emitJobsChanged(job.userId);
        },
      }));
      billed = resultCostMicroUsd(result);
      controller.signal.throwIfAborted();
      await persistJobResult(job, workerId, result, await billing.close(billed));
    } catch (error) {
      await this.handleFailure(job, error, controller.signal.aborted, await billing.close(Math.max(billed, billedCostOf(error))));
    } finally {
      if (previewKey) await blobStore().delete(previewKey).catch(() => undefined);
      emitJobsChanged(job.userId);
    }
  }

  /**
   * A failed attempt: requeued (its reservation and billed calls kept) or failed at `billedMicroUsd`,
   * what the provider billed for the job over all its attempts. A canceled job whose image was
   * billed and then thrown away counts it.
   */
  private async handleFailure(job: JobRecord, error: unknown, aborted: boolean, billedMicroUsd: number): Promise<void> {
    if (aborted || error instanceof JobNoLongerOwnedError) {
      const current = await getJob(job.id);
      if (current?.status === "canceled") {
        if (billedMicroUsd > 0) await recordCanceledCost({ job, costMicroUsd: billedMicroUsd });
        return;
      }
    }
    const decision = decideAfterFailure({
      error,
      attempts: job.attempts,
      maxAttempts: this.options.maxAttempts,
      backoffMs: this.options.rateLimitBackoffMs,
      model: { current: job.model, switchedFrom: job.modelSwitchedFrom },
      successorOf: successorModel,
    });
    if (decision.action === "switch_model") {
      log.warn("image model retired while a job ran; the job goes on with its successor", { jobId: job.id, from: decision.from, model: decision.model });
      const switchModel = { model: decision.model, from: decision.from, input: inputWithModel(job.input, decision.model, decision.from) };
      await requeueJob({ id: job.id, workerId: this.workerId, runAfter: new Date(), stage: "switching_model", switchModel });
      this.kick();
      return;
    }
    if (decision.action === "requeue") {
      if (decision.pauseEngine) this.pausedUntil.set(job.engine, Date.now() + decision.delayMs);
      await requeueJob({ id: job.id, workerId: this.workerId, runAfter: new Date(Date.now() + decision.delayMs), stage: decision.stage });
      setTimeout(() => this.kick(), decision.delayMs + 50).unref();
      return;
    }
    if (decision.unexpected) log.error("job failed unexpectedly", { jobId: job.id, kind: job.kind, error });
    await failJob({ job, workerId: this.workerId, code: decision.code, message: decision.message, costMicroUsd: billedMicroUsd });
  }
}

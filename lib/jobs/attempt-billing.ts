import "server-only";
import type { BilledCallSink } from "@/lib/billing/billed-calls";
import { log } from "@/lib/log";
import { recordBilledCall } from "./transitions";

/**
 * What one attempt at a job was billed, kept on the job row as it happens: each billed provider
 * call is added to the job's `billedMicroUsd` right after it (through `sink`), so a job that is
 * requeued, canceled or loses its worker still counts every call of every attempt.
 */
export class AttemptBilling {
  private reported = 0;

  constructor(
    private readonly job: { id: string; billedMicroUsd: number },
    private readonly workerId: string,
  ) {}

  /** Where the engines report this attempt's billed calls (see `meterBilledCalls`). */
  readonly sink: BilledCallSink = async (microUsd) => {
    this.reported += microUsd;
    await this.record(microUsd);
  };

  /**
   * The job's billed total once this attempt ends: earlier attempts, plus this one's reported
   * calls or `atLeast` when the result or the error says more was billed (a call no engine
   * reported); that difference is recorded too, so a requeued job keeps it.
   */
  async close(atLeast: number): Promise<number> {
    const missing = atLeast - this.reported;
    if (missing > 0) {
      this.reported += missing;
      await this.record(missing);
    }
    return this.job.billedMicroUsd + this.reported;
  }

  private async record(microUsd: number): Promise<void> {
    // A job canceled meanwhile takes no more writes; its runner records the cost with the cancel.
    await recordBilledCall({ id: this.job.id, workerId: this.workerId, microUsd }).catch((error: unknown) => {
      log.warn("could not record a billed call on its job", { jobId: this.job.id, error });
    });
  }
}

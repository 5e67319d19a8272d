import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Where the provider calls made on behalf of one job report what they were billed: set by the
 * job runner around a job's handler, read by the engines right after each billed call. Engines
 * know no job; a call made outside a job (an estimate, a test) reports to nobody.
 */
export type BilledCallSink = (microUsd: number) => Promise<void>;

const current = new AsyncLocalStorage<BilledCallSink>();

/** Runs `work` with its billed provider calls reported to `sink`, each as soon as it is known. */
export function meterBilledCalls<T>(sink: BilledCallSink, work: () => Promise<T>): Promise<T> {
  return current.run(sink, work);
}

/**
 * Reports a provider call that was billed (its answer with usage arrived), whatever happens to
 * its result next: thrown away, blocked later, or lost with the process.
 */
export async function reportBilledCall(microUsd: number): Promise<void> {
  if (microUsd <= 0) return;
  await current.getStore()?.(microUsd);
}

import "server-only";
import type { JobHandler, JobKind } from "./types";

// The kinds of job this process can run. The queue knows no use case: each program registers the
// kinds where it starts (instrumentation.ts for the web server, scripts/worker.ts for workers).

const globalForKinds = globalThis as unknown as { inkwellJobKinds?: Map<string, JobHandler> };

function kinds(): Map<string, JobHandler> {
  globalForKinds.inkwellJobKinds ??= new Map();
  return globalForKinds.inkwellJobKinds;
}

/** Registers a kind once; the same kind again with another handler is a programming error. */
export function registerJobKind({ kind, run }: JobKind): void {
  const existing = kinds().get(kind);
  if (existing && existing !== run) throw new Error(`Two handlers claim jobs of kind "${kind}".`);
  kinds().set(kind, run);
}

export function jobHandlerFor(kind: string): JobHandler | undefined {
  return kinds().get(kind);
}

export function registeredJobKinds(): string[] {
  return [...kinds().keys()];
}

import { EventEmitter } from "node:events";

/** In-process notifications: a job changed (for server-sent events) or a new job waits (for the runner). */
const globalForEvents = globalThis as unknown as { inkwellJobEvents?: EventEmitter };

function emitter(): EventEmitter {
  if (!globalForEvents.inkwellJobEvents) {
    globalForEvents.inkwellJobEvents = new EventEmitter();
    globalForEvents.inkwellJobEvents.setMaxListeners(0);
  }
  return globalForEvents.inkwellJobEvents;
}

export function emitJobChanged(jobId: string): void {
  emitter().emit(`job:${jobId}`);
}

export function onJobChanged(jobId: string, listener: () => void): () => void {
  emitter().on(`job:${jobId}`, listener);
  return () => emitter().off(`job:${jobId}`, listener);
}

export function emitJobQueued(): void {
  emitter().emit("queued");
}

export function onJobQueued(listener: () => void): () => void {
  emitter().on("queued", listener);
  return () => emitter().off("queued", listener);
}

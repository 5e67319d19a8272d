import "server-only";
import { EventEmitter } from "node:events";

/**
 * In-process notifications: some of a user's jobs changed (live views wake up at once instead of
 * at their next poll), or a job waits (the runner looks for work). Other processes' changes are
 * found by polling the database.
 */
const globalForEvents = globalThis as unknown as { inkwellJobEvents?: EventEmitter };

function emitter(): EventEmitter {
  if (!globalForEvents.inkwellJobEvents) {
    globalForEvents.inkwellJobEvents = new EventEmitter();
    globalForEvents.inkwellJobEvents.setMaxListeners(0);
  }
  return globalForEvents.inkwellJobEvents;
}

export function emitJobsChanged(userId: string): void {
  emitter().emit(`user:${userId}`);
}

export function onJobsChanged(userId: string, listener: () => void): () => void {
  emitter().on(`user:${userId}`, listener);
  return () => emitter().off(`user:${userId}`, listener);
}

export function emitJobQueued(): void {
  emitter().emit("queued");
}

export function onJobQueued(listener: () => void): () => void {
  emitter().on("queued", listener);
  return () => emitter().off("queued", listener);
}

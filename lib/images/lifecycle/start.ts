import "server-only";
import type OpenAI from "openai";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { createOpenAIClient } from "../engines/openai/client";
import { refreshModelCatalog } from "./refresh";
import { getModelLifecycleStatus } from "./status";

const DAY_MS = 24 * 60 * 60 * 1000;
/** After a failed read, try again sooner than a day. */
const RETRY_MS = 15 * 60 * 1000;
/** A quick answer is expected: the list is small, and the start waits for it (once, no retry). */
const READ_TIMEOUT_MS = 10_000;

interface LifecycleState {
  started: boolean;
  timer: NodeJS.Timeout | null;
}

const globalForLifecycle = globalThis as unknown as { inkwellModelLifecycle?: LifecycleState };

/** Logs what the operator must know, from the provider's data when it was read. */
export function logModelWarnings(now: Date = new Date()): void {
  const status = getModelLifecycleStatus(now);
  for (const entry of status.defaults) {
    if (entry.effective === null) log.error(`${entry.variable}=${entry.model} is no longer available and has no available successor`, { source: status.source });
    else if (entry.effective !== entry.model) {
      log.warn(`${entry.variable}=${entry.model} is no longer available; Inkwell uses ${entry.effective} in its place`, { source: status.source });
    }
  }
  for (const item of status.announced) {
    if (!item.inUse) continue;
    log.warn(`${item.model} is announced for shutdown on ${item.shutdownDate}`, { successor: item.successor, source: status.source });
  }
}

async function readOnce(client: OpenAI): Promise<boolean> {
  try {
    const catalog = await refreshModelCatalog(client);
    log.info("read OpenAI's model list", { models: catalog.models.size });
    return true;
  } catch (error) {
    log.warn("could not read OpenAI's model list; the table's shutdown dates decide meanwhile", { error: error instanceof Error ? error.message : String(error) });
    return false;
  }
}

/**
 * Reads `GET /v1/models` now and then daily (a quarter of an hour after a failed read), in this process, and
 * logs the shutdown warnings from that data. Without a key nothing is read. Calling it again
 * while it runs does nothing.
 */
export async function startModelLifecycle(options: { client?: OpenAI; intervalMs?: number } = {}): Promise<void> {
  if (!getEnv().OPENAI_API_KEY) return;
  globalForLifecycle.inkwellModelLifecycle ??= { started: false, timer: null };
  const state = globalForLifecycle.inkwellModelLifecycle;
  if (state.started) return;
  state.started = true;
  const client = options.client ?? createOpenAIClient({ timeoutMs: READ_TIMEOUT_MS, maxRetries: 0 });
  const round = async (): Promise<void> => {
    const ok = await readOnce(client);
    logModelWarnings();
    if (!state.started) return;
    state.timer = setTimeout(() => void round(), ok ? (options.intervalMs ?? DAY_MS) : RETRY_MS);
    state.timer.unref();
  };
  await round();
}

/** Stops the daily read (tests, and a worker shutting down). */
export function stopModelLifecycle(): void {
  const state = globalForLifecycle.inkwellModelLifecycle;
  if (!state) return;
  if (state.timer) clearTimeout(state.timer);
  state.timer = null;
  state.started = false;
}

import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { IMAGE_MODELS } from "../models";
import { modelAvailability, type UnavailableReason } from "./availability";

export interface ModelResolution {
  /** The model asked for (by the request, the job or the configuration). */
  requested: string;
  /** The model to send requests to: the requested one, or the first usable successor. */
  model: string;
  /** Why the requested model is not used (null when it is). */
  reason: UnavailableReason | null;
  /** The requested model's shutdown date, when one is known. */
  shutdownDate: string | null;
  /** Every model tried, from the requested one to the one used. */
  path: string[];
}

const globalForNotices = globalThis as unknown as { inkwellModelNotices?: Set<string> };

/** Logs a substitution once per process and pair, not at every job. */
function logSubstitution(resolution: ModelResolution): void {
  globalForNotices.inkwellModelNotices ??= new Set();
  const key = `${resolution.requested}>${resolution.model}:${resolution.reason}`;
  if (globalForNotices.inkwellModelNotices.has(key)) return;
  globalForNotices.inkwellModelNotices.add(key);
  log.warn("image model replaced by its successor", {
    requested: resolution.requested,
    model: resolution.model,
    reason: resolution.reason,
    shutdownDate: resolution.shutdownDate,
  });
}

/**
 * The model to actually use for `requested`: itself while it is available, otherwise its
 * successor in the table, followed as a chain until one is available. A retired model is never
 * sent a request; when the whole chain is gone the error names the model and what to configure.
 * `quiet` is for views that only show the substitution.
 */
export function resolveImageModel(requested: string, now: Date = new Date(), options: { quiet?: boolean } = {}): ModelResolution {
  const first = modelAvailability(requested, now);
  const path = [requested];
  let current = first;
  while (!current.usable) {
    const next = IMAGE_MODELS[current.id]?.successor;
    if (!next || path.includes(next)) {
      throw new AppError(
        "config:model_unavailable",
        `The image model ${requested} is no longer available (${first.reason === "absent" ? "OpenAI does not list it" : `shut down on ${first.shutdownDate}`}) and no successor is available. Choose another model or update OPENAI_IMAGE_MODEL / OPENAI_SCENE_MODEL.`,
        { model: requested },
      );
    }
    path.push(next);
    current = modelAvailability(next, now);
  }
  const resolution: ModelResolution = { requested, model: current.id, reason: first.reason, shutdownDate: first.shutdownDate, path };
  // Said in the log when a request is actually redirected, not when a status page looks.
  if (resolution.model !== requested && !options.quiet) logSubstitution(resolution);
  return resolution;
}

/** Tests check the log line again. */
export function resetModelNoticesForTests(): void {
  globalForNotices.inkwellModelNotices = new Set();
}

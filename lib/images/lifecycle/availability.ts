import { IMAGE_MODELS, shutdownInstant } from "../models";
import { getModelCatalog, isMarkedMissing } from "./catalog";

export type UnavailableReason = "absent" | "shutdown";

export interface ModelAvailability {
  id: string;
  usable: boolean;
  /** Why the model may not be sent a request. */
  reason: UnavailableReason | null;
  /** The provider's `shutdown_date` when read, else the table's; null when none is announced. */
  shutdownDate: string | null;
  /** Where the verdict comes from. */
  source: "provider" | "table";
}

/**
 * Whether a model may be sent a request now. With the provider's list read, a model absent from
 * it, or whose `shutdown_date` has come (the date itself counts), is out; before the first read
 * (no key, or the provider unreachable) the table's announced shutdown dates decide.
 */
export function modelAvailability(id: string, now: Date = new Date()): ModelAvailability {
  const catalog = getModelCatalog();
  if (isMarkedMissing(id)) return { id, usable: false, reason: "absent", shutdownDate: null, source: "provider" };
  if (catalog) {
    const listed = catalog.models.get(id);
    if (!listed) return { id, usable: false, reason: "absent", shutdownDate: null, source: "provider" };
    const passed = listed.shutdownDate !== null && now >= shutdownInstant(listed.shutdownDate);
    return { id, usable: !passed, reason: passed ? "shutdown" : null, shutdownDate: listed.shutdownDate, source: "provider" };
  }
  const shutdownDate = IMAGE_MODELS[id]?.shutdownOn ?? null;
  const passed = shutdownDate !== null && now >= shutdownInstant(shutdownDate);
  return { id, usable: !passed, reason: passed ? "shutdown" : null, shutdownDate, source: "table" };
}

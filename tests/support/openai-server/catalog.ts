/**
 * Which models the test server serves right now, and what `GET /v1/models` says about them. Image
 * models start from their announced shutdown dates (a model whose date has come is retired, still
 * listed with its `shutdown_date`); tests change any model at run time: announce a date, retire it
 * (listed with a past date, or gone from the list), or bring it back.
 */
import { isObject, type JsonObject } from "./spec";
import { IMAGE_MODELS } from "./models";

export const TEXT_MODELS = ["gpt-4o-mini", "gpt-4.1-mini", "gpt-5-mini", "omni-moderation-latest"] as const;

export type ModelState = "available" | "announced" | "retired";

export interface ModelEntry {
  state: ModelState;
  /** `YYYY-MM-DD`, or null when none is announced. */
  shutdownDate: string | null;
  /** Whether `GET /v1/models` lists it. */
  listed: boolean;
}

export interface ModelChange {
  id: string;
  state: ModelState;
  shutdownDate?: string;
  /** For "retired": keep it in `GET /v1/models` (with its past date). Default false: gone from the list. */
  listed?: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function dayBefore(today: string): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export class ModelCatalog {
  private readonly entries = new Map<string, ModelEntry>();

  /** `today`: the server's date (`YYYY-MM-DD`), which decides whether an announced shutdown has come. */
  constructor(readonly today: string) {
    this.reset();
  }

  reset(): void {
    this.entries.clear();
    for (const [id, rule] of Object.entries(IMAGE_MODELS)) {
      const passed = rule.shutdown !== undefined && rule.shutdown <= this.today;
      this.entries.set(id, { state: passed ? "retired" : rule.shutdown ? "announced" : "available", shutdownDate: rule.shutdown ?? null, listed: true });
    }
    for (const id of TEXT_MODELS) this.entries.set(id, { state: "available", shutdownDate: null, listed: true });
  }

  change(change: ModelChange): ModelEntry {
    if (!this.entries.has(change.id)) throw new Error(`unknown model ${change.id}`);
    if (change.shutdownDate !== undefined && !DATE.test(change.shutdownDate)) throw new Error("shutdownDate must be YYYY-MM-DD");
    let entry: ModelEntry;
    if (change.state === "available") entry = { state: "available", shutdownDate: null, listed: true };
    else if (change.state === "announced") {
      if (!change.shutdownDate || change.shutdownDate <= this.today) throw new Error("an announced shutdown needs a future shutdownDate");
      entry = { state: "announced", shutdownDate: change.shutdownDate, listed: true };
    } else {
      const date = change.shutdownDate ?? dayBefore(this.today);
      if (date > this.today) throw new Error("a retired model's shutdownDate cannot be in the future");
      entry = { state: "retired", shutdownDate: date, listed: change.listed ?? false };
    }
    this.entries.set(change.id, entry);
    return entry;
  }

  isRetired(id: string): boolean {
    return this.entries.get(id)?.state === "retired";
  }

  /** A model object of `GET /v1/models` (the `Model` schema, `shutdown_date` included). */
  modelObject(id: string): JsonObject | null {
    const entry = this.entries.get(id);
    if (!entry?.listed) return null;
    return { id, object: "model", created: 1_745_000_000, owned_by: "system", shutdown_date: entry.shutdownDate };
  }

  list(): JsonObject {
    return { object: "list", data: [...this.entries.keys()].flatMap((id) => this.modelObject(id) ?? []) };
  }
}

/** Validates a control request's body as model changes (one or a list). */
export function parseModelChanges(value: unknown): ModelChange[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => {
    if (!isObject(item) || typeof item.id !== "string") throw new Error("expected { id, state, shutdownDate?, listed? }");
    if (item.state !== "available" && item.state !== "announced" && item.state !== "retired") throw new Error("state must be available, announced or retired");
    if (item.shutdownDate !== undefined && typeof item.shutdownDate !== "string") throw new Error("shutdownDate must be a string");
    if (item.listed !== undefined && typeof item.listed !== "boolean") throw new Error("listed must be a boolean");
    return { id: item.id, state: item.state, ...(item.shutdownDate !== undefined ? { shutdownDate: item.shutdownDate } : {}), ...(item.listed !== undefined ? { listed: item.listed } : {}) };
  });
}

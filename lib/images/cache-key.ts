import { createHash } from "node:crypto";

/** Sorts object keys so that equal options give equal keys whatever their order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

export interface CacheKeyInput {
  kind: string;
  engine: string;
  model: string;
  /** The user's input (theme, text, photo hash...) and every option that changes the picture. */
  input: Record<string, unknown>;
}

/**
 * The identity of a generation: same engine, model, options and prompt ⇒ same key. Prompts are
 * compared after trimming and folding case and white space, since those do not change the picture.
 */
export function cacheKey({ kind, engine, model, input }: CacheKeyInput): string {
  const normalized = Object.fromEntries(
    Object.entries(input).map(([k, v]) => [k, typeof v === "string" ? v.trim().replace(/\s+/g, " ").toLowerCase() : v]),
  );
  const payload = JSON.stringify(canonical({ v: 1, kind, engine, model, input: normalized }));
  return createHash("sha256").update(payload).digest("hex");
}

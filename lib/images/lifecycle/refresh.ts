import type OpenAI from "openai";
import { z } from "zod";
import { setModelCatalog, setModelCatalogError, type ModelCatalog, type ProviderModel } from "./catalog";

/** One item of `GET /v1/models` as Inkwell relies on it; anything else in it is ignored. */
const listedModelSchema = z.object({
  id: z.string().min(1),
  shutdown_date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/)
    .transform((v) => v.slice(0, 10))
    .nullish(),
});

/** At most this many pages of models, so a misbehaving endpoint cannot keep the reader busy. */
const MAX_MODELS = 5_000;

/**
 * Reads the provider's model list through the SDK (every page) and makes it this process's
 * catalog. A failed read keeps the previous catalog (or the table, before any) and is reported.
 */
export async function refreshModelCatalog(client: OpenAI, now: Date = new Date()): Promise<ModelCatalog> {
  try {
    const models = new Map<string, ProviderModel>();
    for await (const item of client.models.list()) {
      const parsed = listedModelSchema.safeParse(item);
      if (!parsed.success) continue;
      models.set(parsed.data.id, { id: parsed.data.id, shutdownDate: parsed.data.shutdown_date ?? null });
      if (models.size >= MAX_MODELS) break;
    }
    if (models.size === 0) throw new Error("the provider listed no models");
    const catalog: ModelCatalog = { fetchedAt: now, models };
    setModelCatalog(catalog);
    return catalog;
  } catch (error) {
    const message = error instanceof Error ? error.message.slice(0, 200) : "unknown error";
    setModelCatalogError(message);
    throw error;
  }
}

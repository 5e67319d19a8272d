import "server-only";
import { z } from "zod";
import { billedCostOf } from "@/lib/errors";
import type { ImageEngine } from "@/lib/images/engines/types";
import { blobStore } from "@/lib/storage";
import type { BookPageJobInput } from "./schema";

/** Where a batch's planned scenes live: every page job of the batch, retried ones too, reads them. */
export function scenePlanKey(batchId: string): string {
  return `book-plans/${batchId}.json`;
}

const storedPlanSchema = z.object({ scenes: z.array(z.string().min(1)).min(1) });

async function readScenePlan(batchId: string): Promise<string[] | null> {
  const bytes = await blobStore().get(scenePlanKey(batchId));
  if (!bytes) return null;
  try {
    const plan = storedPlanSchema.safeParse(JSON.parse(bytes.toString("utf8")));
    return plan.success ? plan.data.scenes : null;
  } catch {
    return null;
  }
}

/**
 * The batch's first page plans the whole book with the text model (once: a retried first page
 * reuses the stored plan) and stores it before drawing. A refused or invalid plan is not fatal:
 * the pages keep their offline scenes. Its billed cost is returned so the first page counts it.
 */
export async function planSceneForFirstPage({ engine, input, batchId, count, signal, userId }: { engine: ImageEngine; input: BookPageJobInput; batchId: string; count: number; signal: AbortSignal; userId: string }): Promise<{ scene: string; costMicroUsd: number }> {
  const stored = await readScenePlan(batchId);
  if (stored) return { scene: stored[0] ?? input.theme, costMicroUsd: 0 };
  if (!engine.planScenes || !input.bookTheme) return { scene: input.theme, costMicroUsd: 0 };
  try {
    const plan = await engine.planScenes({ theme: input.bookTheme, count, character: input.character, ageGroup: input.ageGroup }, { signal, userId });
    await blobStore().put(scenePlanKey(batchId), Buffer.from(JSON.stringify({ scenes: plan.scenes })), "application/json");
    return { scene: plan.scenes[0]!, costMicroUsd: plan.usage.costMicroUsd };
  } catch (error) {
    if (signal.aborted) throw error;
    return { scene: input.theme, costMicroUsd: billedCostOf(error) };
  }
}

/** A later page's scene from the stored plan, or its offline planned scene when there is none. */
export async function plannedSceneFor({ input, batchId }: { input: BookPageJobInput; batchId: string }): Promise<string> {
  const scenes = await readScenePlan(batchId);
  return scenes?.[input.slot] ?? input.theme;
}

// POST /api/coloring-pages/estimate — the cost estimate for a page before it is made
import { coloringRequestSchema } from "@/lib/coloring/schema";
import { estimateColoringCost, coloringModel } from "@/lib/coloring/plan";
import { resolveColoringInput } from "@/lib/coloring/start-page";
import { json, readJson, withUser } from "../../_lib/handler";
import { microToUsd } from "@/lib/shared/money";

export const POST = withUser(async ({ request }) => {
  const input = resolveColoringInput(await readJson(request, coloringRequestSchema));
  const micro = estimateColoringCost(input);
  return json({ engine: input.engine, model: coloringModel(input), estimatedCostUsd: microToUsd(micro) });
});

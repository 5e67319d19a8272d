// POST /api/coloring-pages/estimate — the cost estimate for a page before it is made (`vector: true` for an SVG page)
import { coloringEstimateSchema } from "@/lib/coloring/schema";
import { estimateColoringRequest } from "@/lib/coloring/estimate";
import { json, readJson, withUser } from "../../_lib/handler";

export const POST = withUser(async ({ request }) => json(estimateColoringRequest(await readJson(request, coloringEstimateSchema))));

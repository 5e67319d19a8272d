// POST /api/coloring-pages/estimate — the cost estimate for a page before it is made (`vector: true` for an SVG page)
import { coloringEstimateSchema } from "@/lib/coloring/schema";
import { estimateColoringRequest } from "@/lib/coloring/estimate";
import { json, readJson, withUser } from "../../_lib/handler";

// Computes only, so a read-only token may ask.
export const POST = withUser(async ({ request }) => json(estimateColoringRequest(await readJson(request, coloringEstimateSchema))), { access: "read" });

// GET /api/models — the image models this server allows: capabilities, prices, speed class and status
import { listImageModelViews } from "@/lib/images/model-views";
import { json, withUser } from "../_lib/handler";

export const GET = withUser(async () => json(listImageModelViews(), 200, { "cache-control": "no-store" }));

// GET /api/openapi.json — the OpenAPI 3.1 document of this API, built from the routes' zod schemas
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { json } from "../_lib/handler";

// Built once per process: the schemas do not change while it runs.
let cached: Record<string, unknown> | null = null;

export function GET(): Response {
  cached ??= buildOpenApiDocument();
  return json(cached, 200, { "cache-control": "public, max-age=300" });
}

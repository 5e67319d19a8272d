// GET /api/health — 200 { ok: true } when healthy, 503 otherwise; admins also get the details
import { authenticateRequest } from "@/lib/auth/request-auth";
import { isAdmin } from "@/lib/auth/roles";
import { checkHealth, toPublicHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const report = await checkHealth();
  const principal = await authenticateRequest(request.headers).catch(() => null);
  const body = principal && isAdmin(principal.user) ? report : toPublicHealth(report);
  return Response.json(body, { status: report.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}

// POST /api/coloring-pages — start a coloring page from a theme (202 { jobId }, or 200 when cached)
import { coloringRequestSchema } from "@/lib/coloring/schema";
import { startColoringPage } from "@/lib/coloring/start-page";
import { json, readJson, withUser } from "../_lib/handler";

export const POST = withUser(async ({ request, userId }) => {
  const body = await readJson(request, coloringRequestSchema);
  const { job, cached } = await startColoringPage({ userId, request: body });
  return json({ jobId: job.id, cached, job }, cached ? 200 : 202, { location: `/api/jobs/${job.id}` });
});

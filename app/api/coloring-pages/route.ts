// POST /api/coloring-pages — start a coloring page from a theme (202 { jobId }, or 200 when cached or finished within ?wait=)
import { coloringRequestSchema } from "@/lib/coloring/schema";
import { startColoringPage } from "@/lib/coloring/start-page";
import { readJson, withUser } from "../_lib/handler";
import { answerStarted, readWaitQuery } from "../_lib/started";

export const POST = withUser(async ({ request, userId }) => {
  const query = readWaitQuery(request);
  const body = await readJson(request, coloringRequestSchema);
  const { job, cached } = await startColoringPage({ userId, request: body });
  const answer = { jobId: job.id, cached, job };
  return answerStarted({ request, userId, query, jobIds: [job.id], body: answer, status: cached ? 200 : 202, headers: { location: `/api/jobs/${job.id}` } });
});

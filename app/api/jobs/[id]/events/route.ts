// GET /api/jobs/:id/events — server-sent events: the job at every change until it finishes
import { getJobOrThrow } from "@/lib/db/jobs";
import { watchJob } from "@/lib/jobs/watch";
import { toJobView } from "@/lib/library/views";
import { acquireLiveConnection } from "@/lib/limits/live-connections";
import { withUser } from "../../../_lib/handler";

export const dynamic = "force-dynamic";

export const GET = withUser<{ id: string }>(async ({ request, userId, params }) => {
  await getJobOrThrow({ id: params.id, userId });
  // At most LIMIT_SSE_PER_USER streams per user across every server (429 otherwise: pages then poll).
  const lease = await acquireLiveConnection({ userId });
  const encoder = new TextEncoder();
  const controller = new AbortController();
  request.signal.addEventListener("abort", () => controller.abort(), { once: true });
  const stream = new ReadableStream<Uint8Array>({
    start(out) {
      const keepAlive = setInterval(() => out.enqueue(encoder.encode(": keep-alive\n\n")), 15_000);
      watchJob({ id: params.id, userId, signal: controller.signal }, (job) => {
        out.enqueue(encoder.encode(`event: job\ndata: ${JSON.stringify(toJobView(job))}\n\n`));
      })
        .catch(() => undefined)
        .finally(() => {
          clearInterval(keepAlive);
          void lease.release();
          try {
            out.close();
          } catch {
            // already closed by the client
          }
        });
    },
    cancel() {
      controller.abort();
      void lease.release();
    },
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store", connection: "keep-alive", "x-accel-buffering": "no" },
  });
});

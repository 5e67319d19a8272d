import { getEnv } from "@/lib/env";
import { followJobs, type FollowEvent, type FollowTarget } from "@/lib/jobs";
import { acquireLiveConnection } from "@/lib/limits/live-connections";

const KEEP_ALIVE_MS = 15_000;

/** A followed item's event: `job`, `batch` or `missing`, with the item's JSON. */
function encodeEvent(event: FollowEvent, version: number): string {
  const data = event.type === "job" ? event.job : event.type === "batch" ? event.batch : { jobs: event.jobs, batches: event.batches };
  return `id: ${version}\nevent: ${event.type}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** Where a reconnecting client left off: the `Last-Event-ID` header the browser sends, or `?since=`. */
export function resumeVersion(request: Request, since: number | undefined): number | undefined {
  const header = Number(request.headers.get("last-event-id") ?? "");
  return Number.isSafeInteger(header) && header > 0 ? header : since;
}

/**
 * Server-sent events following jobs and batches until they all finish (then `event: end`), the
 * client goes away, or FOLLOW_STREAM_SECONDS pass. Every event carries the version it reflects as
 * its `id`, so a browser that lost the connection, or whose stream ended early, reconnects with
 * `Last-Event-ID` and gets only what changed since. A user has at most LIMIT_SSE_PER_USER streams
 * open across every server (429 otherwise: the browser then polls).
 */
export async function followStream(request: Request, { userId, target, since }: { userId: string; target: FollowTarget; since?: number }): Promise<Response> {
  const lease = await acquireLiveConnection({ userId });
  const encoder = new TextEncoder();
  const controller = new AbortController();
  request.signal.addEventListener("abort", () => controller.abort(), { once: true });
  const stream = new ReadableStream<Uint8Array>({
    start(out) {
      const write = (text: string) => {
        try {
          out.enqueue(encoder.encode(text));
        } catch {
          controller.abort();
        }
      };
      // A retry hint for the browser's own reconnection, then a comment so proxies start streaming.
      write("retry: 1000\n: following\n\n");
      const keepAlive = setInterval(() => write(": keep-alive\n\n"), KEEP_ALIVE_MS);
      const maxMs = getEnv().FOLLOW_STREAM_SECONDS * 1000;
      followJobs({ userId, target, since: resumeVersion(request, since), signal: controller.signal, maxMs }, (events, version) => {
        write(events.map((event) => encodeEvent(event, version)).join(""));
      })
        .then((outcome) => {
          if (outcome === "finished") write("event: end\ndata: {}\n\n");
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
}

import { ApiError } from "@/components/api/api-error";
import { fetchJson } from "@/components/api/fetch-json";
import { isFinishedStatus } from "@/lib/shared/jobs";
import type { BatchView, FollowSnapshot, JobView } from "@/lib/shared/views";

/** The jobs and batches one connection follows. */
export interface FollowTargets {
  jobIds: readonly string[];
  batchIds: readonly string[];
}

export interface FollowHandlers {
  onJob(job: JobView): void;
  onBatch(batch: BatchView): void;
  /** Ids the server does not know (deleted, or another user's): no longer followed. */
  onMissing(missing: FollowSnapshot["missing"]): void;
  /** Following cannot go on (the session ended): the error says why. */
  onLost(error: ApiError): void;
}

/** What the connection needs from the browser; tests pass fakes. */
export interface FollowEnvironment {
  EventSource?: new (url: string) => EventSource;
  fetchSnapshot(url: string, signal: AbortSignal): Promise<FollowSnapshot>;
  pollMs: number;
  /** Failed reconnections in a row after which polling takes over. */
  maxReconnects: number;
}

const CLOSED = 2;

export function browserEnvironment(): FollowEnvironment {
  return {
    EventSource: typeof EventSource === "undefined" ? undefined : EventSource,
    fetchSnapshot: (url, signal) => fetchJson<FollowSnapshot>(url, { signal }),
    pollMs: 1000,
    maxReconnects: 3,
  };
}

function query({ jobIds, batchIds }: FollowTargets): string {
  const params = new URLSearchParams();
  if (jobIds.length > 0) params.set("jobs", jobIds.join(","));
  if (batchIds.length > 0) params.set("batches", batchIds.join(","));
  return params.toString().replaceAll("%2C", ",");
}

/**
 * Follows jobs and batches until they all finish, over one server-sent event stream. After a
 * network blip the browser reconnects by itself, sending `Last-Event-ID`, and the server sends only
 * what changed meanwhile. When the stream cannot be had (refused, or several reconnections failed
 * in a row: a proxy that buffers), one poll of `GET /api/follow` a second takes over.
 */
export class FollowConnection {
  private readonly open: { jobs: Set<string>; batches: Set<string> };
  private source: EventSource | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly controller = new AbortController();
  private failures = 0;
  private stopped = false;

  constructor(
    targets: FollowTargets,
    private readonly handlers: FollowHandlers,
    private readonly environment: FollowEnvironment = browserEnvironment(),
  ) {
    this.open = { jobs: new Set(targets.jobIds), batches: new Set(targets.batchIds) };
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  start(): void {
    if (this.isDone()) return this.stop();
    const Source = this.environment.EventSource;
    if (!Source) return this.poll();
    const source = new Source(`/api/follow/events?${query(this.targets())}`);
    this.source = source;
    const listen = (name: string, accept: (data: unknown) => void) =>
      source.addEventListener(name, (event) => {
        this.failures = 0;
        try {
          accept(JSON.parse((event as MessageEvent<string>).data));
        } catch {
          // A malformed event: the next one (or the poll) brings the state.
        }
      });
    listen("job", (data) => this.acceptJob(data as JobView));
    listen("batch", (data) => this.acceptBatch(data as BatchView));
    listen("missing", (data) => this.acceptMissing(data as FollowSnapshot["missing"]));
    listen("end", () => this.stop());
    source.onerror = () => {
      if (this.stopped) return;
      this.failures += 1;
      // CONNECTING: the browser retries by itself. CLOSED, or too many failures: poll instead.
      if (source.readyState === CLOSED || this.failures > this.environment.maxReconnects) {
        source.close();
        this.source = null;
        this.poll();
      }
    };
  }

  stop(): void {
    this.stopped = true;
    this.source?.close();
    this.source = null;
    clearTimeout(this.timer);
    this.controller.abort();
  }

  private targets(): FollowTargets {
    return { jobIds: [...this.open.jobs], batchIds: [...this.open.batches] };
  }

  private isDone(): boolean {
    return this.open.jobs.size === 0 && this.open.batches.size === 0;
  }

  private settle(): void {
    if (this.isDone()) this.stop();
  }

  private acceptJob(job: JobView): void {
    if (this.stopped || !this.open.jobs.has(job.id)) return;
    this.handlers.onJob(job);
    if (isFinishedStatus(job.status)) this.open.jobs.delete(job.id);
    this.settle();
  }

  private acceptBatch(batch: BatchView): void {
    if (this.stopped || !this.open.batches.has(batch.id)) return;
    this.handlers.onBatch(batch);
    if (batch.status !== "running") this.open.batches.delete(batch.id);
    this.settle();
  }

  private acceptMissing(missing: FollowSnapshot["missing"]): void {
    if (this.stopped) return;
    this.handlers.onMissing(missing);
    for (const id of missing.jobs) this.open.jobs.delete(id);
    for (const id of missing.batches) this.open.batches.delete(id);
    this.settle();
  }

  private poll(): void {
    if (this.stopped) return;
    this.environment
      .fetchSnapshot(`/api/follow?${query(this.targets())}`, this.controller.signal)
      .then((snapshot) => {
        for (const job of snapshot.jobs) this.acceptJob(job);
        for (const batch of snapshot.batches) this.acceptBatch(batch);
        if (snapshot.missing.jobs.length + snapshot.missing.batches.length > 0) this.acceptMissing(snapshot.missing);
      })
      .catch((error: unknown) => {
        if (this.stopped) return;
        if (error instanceof ApiError && error.isFinal) {
          this.handlers.onLost(error);
          this.stop();
        }
      })
      .finally(() => {
        if (!this.stopped) this.timer = setTimeout(() => this.poll(), this.environment.pollMs);
      });
  }
}

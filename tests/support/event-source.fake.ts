/** A stand-in for the browser's EventSource: the test plays the server (events, errors, reconnections). */
export class FakeEventSource {
  static instances: FakeEventSource[] = [];
  readyState = 1;
  onerror: (() => void) | null = null;
  private readonly listeners = new Map<string, Array<(event: { data: string }) => void>>();

  constructor(readonly url: string) {
    FakeEventSource.instances.push(this);
  }

  addEventListener(name: string, listener: (event: { data: string }) => void): void {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
  }

  close(): void {
    this.readyState = 2;
  }

  /** The server sends an event. */
  emit(name: string, data: unknown): void {
    for (const listener of this.listeners.get(name) ?? []) listener({ data: typeof data === "string" ? data : JSON.stringify(data) });
  }

  /** The connection drops: the browser reconnects by itself (CONNECTING), or gives up (CLOSED). */
  fail(readyState: 0 | 2): void {
    this.readyState = readyState;
    this.onerror?.();
  }

  static latest(): FakeEventSource {
    const source = FakeEventSource.instances.at(-1);
    if (!source) throw new Error("no EventSource was opened");
    return source;
  }
}

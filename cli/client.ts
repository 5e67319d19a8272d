import { CliError, EXIT, exitCodeOfStatus, throwIfInterrupted } from "./errors";

export interface ClientConfig {
  /** The server, such as http://localhost:3000. */
  url: string;
  /** A personal API token; sent only in the Authorization header, never printed. */
  token: string;
  fetch?: typeof fetch;
  /** Aborts requests under way when the user presses Ctrl-C. */
  signal?: AbortSignal;
}

type Json = Record<string, unknown>;

/** The one way the CLI talks to an Inkwell server: JSON in, JSON or bytes out, every failure a CliError. */
export class InkwellClient {
  private readonly base: string;
  private readonly doFetch: typeof fetch;

  constructor(private readonly config: ClientConfig) {
    this.base = config.url.replace(/\/+$/, "");
    this.doFetch = config.fetch ?? fetch;
  }

  private async send(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set("authorization", `Bearer ${this.config.token}`);
    let response: Response;
    throwIfInterrupted(this.config.signal);
    try {
      response = await this.doFetch(`${this.base}${path}`, { ...init, headers, signal: this.config.signal });
    } catch (error) {
      throwIfInterrupted(this.config.signal);
      const reason = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
      throw new CliError(`Cannot reach the Inkwell server at ${this.base} (${reason}). Set INKWELL_URL or --server.`, EXIT.server);
    }
    if (!response.ok) throw await this.failure(response);
    return response;
  }

  private async failure(response: Response): Promise<CliError> {
    let message = `The server answered ${response.status}.`;
    let code: string | undefined;
    try {
      const body = (await response.json()) as { error?: string; code?: string; fields?: Record<string, string>; line?: number };
      const fields = body.fields ? ` (${Object.entries(body.fields).map(([k, v]) => `${k}: ${v}`).join("; ")})` : "";
      const line = body.line ? ` (line ${body.line})` : "";
      code = body.code;
      if (body.error) message = `${body.error}${fields}${line} [${body.code ?? response.status}]`;
    } catch {
      // Not JSON: the status says enough.
    }
    return new CliError(message, exitCodeOfStatus(response.status), code);
  }

  /** The same server and token without the Ctrl-C signal: for the last request after a stop (canceling what runs). */
  withoutSignal(): InkwellClient {
    return new InkwellClient({ ...this.config, signal: undefined });
  }

  async getJson<T = Json>(path: string): Promise<T> {
    return (await (await this.send(path)).json()) as T;
  }

  async postJson<T = Json>(path: string, body: unknown): Promise<T> {
    return (await (await this.send(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })).json()) as T;
  }

  async postForm<T = Json>(path: string, form: FormData): Promise<T> {
    return (await (await this.send(path, { method: "POST", body: form })).json()) as T;
  }

  async getBytes(path: string): Promise<Buffer> {
    return (await this.getDownload(path)).bytes;
  }

  /** A download with the file name the server suggests (its Content-Disposition), if any. */
  async getDownload(path: string): Promise<{ bytes: Buffer; filename: string | null }> {
    const response = await this.send(path);
    const disposition = response.headers.get("content-disposition") ?? "";
    const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
    const plain = /filename="([^"]+)"/i.exec(disposition)?.[1];
    const filename = encoded ? decodeURIComponent(encoded) : (plain ?? null);
    return { bytes: Buffer.from(await response.arrayBuffer()), filename };
  }
}

import { CliError, EXIT, exitCodeOfStatus } from "./errors";

export interface ClientConfig {
  /** The server, such as http://localhost:3000. */
  url: string;
  /** A personal API token; sent only in the Authorization header, never printed. */
  token: string;
  fetch?: typeof fetch;
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
    try {
      response = await this.doFetch(`${this.base}${path}`, { ...init, headers });
    } catch (error) {
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
    return Buffer.from(await (await this.send(path)).arrayBuffer());
  }
}

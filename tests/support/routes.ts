/** Calls a route handler as Next.js would, with an optional Bearer token. */
export async function call<P extends Record<string, string>>(
  handler: (request: Request, context: { params: Promise<P> }) => Promise<Response>,
  options: { method?: string; path?: string; token?: string; body?: unknown; params?: P; headers?: Record<string, string> } = {},
): Promise<{ status: number; json: () => Promise<Record<string, unknown>>; response: Response }> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: BodyInit | undefined;
  if (options.body !== undefined) {
    headers["content-type"] ??= "application/json";
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
  }
  const request = new Request(`http://localhost${options.path ?? "/"}`, { method: options.method ?? "GET", headers, body });
  const response = await handler(request, { params: Promise.resolve((options.params ?? {}) as P) });
  return { status: response.status, response, json: async () => (await response.json()) as Record<string, unknown> };
}

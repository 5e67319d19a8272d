import http from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { discoverApiRoutes, type RouteFile } from "./route-files";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** "/api/images/[id]/file" as a pattern with its parameter names. */
function patternOf(route: RouteFile): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = route.path.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_m, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  return { regex: new RegExp(`^${source}$`), names };
}

/**
 * A real HTTP server in front of the app's own route handlers (no Next.js build), for clients
 * such as the CLI: it finds the route file for the path, hands it a standard Request, and
 * streams back its Response. `only` mounts just these routes instead of every route file.
 */
export async function startApiServer(only?: RouteFile[]): Promise<{ url: string; close: () => Promise<void> }> {
  const routes = (only ?? (await discoverApiRoutes())).map((route) => ({ route, ...patternOf(route) }));
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const match = routes.map((entry) => ({ entry, found: entry.regex.exec(url.pathname) })).find(({ found }) => found);
    const method = (req.method ?? "GET").toUpperCase();
    if (!match) {
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: "No such route.", code: "not_found:route" }));
      return;
    }
    const mod = (await import(/* @vite-ignore */ match.entry.route.file)) as Record<string, Handler>;
    const handler = mod[method];
    if (!handler) {
      res.writeHead(405).end();
      return;
    }
    const params = Object.fromEntries(match.entry.names.map((name, i) => [name, decodeURIComponent(match.found![i + 1]!)]));
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(key, value);
    const hasBody = method !== "GET" && method !== "HEAD";
    const request = new Request(`http://localhost${req.url}`, { method, headers, body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined, ...(hasBody ? { duplex: "half" } : {}) } as RequestInit);
    const response = await handler(request, { params: Promise.resolve(params) });
    res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

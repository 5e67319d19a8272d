// `npm start` serves the built app through this small Node server instead of a bare `next start`:
// it is the one place that sees each request's TCP peer, so it records the client's address (from
// the peer and the X-Forwarded-For entries of TRUST_PROXY_HOPS trusted proxies) in a header the
// app reads for its per-address limits, replacing anything a client sent under that name.
//   node --import tsx scripts/serve.ts [-p PORT] [-H HOST]
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import next from "next";
import { CLIENT_IP_HEADER, resolveClientIp } from "../lib/http/client-ip";

const root = path.resolve(__dirname, "..");

function option(names: string[], fallback: string): string {
  const args = process.argv.slice(2);
  const index = args.findIndex((arg) => names.includes(arg));
  return index >= 0 && args[index + 1] ? args[index + 1]! : fallback;
}

const port = Number(option(["-p", "--port"], process.env.PORT ?? "3000"));
const hostname = option(["-H", "--hostname"], process.env.HOSTNAME ?? "0.0.0.0");
const hops = Number(process.env.TRUST_PROXY_HOPS ?? "0");
if (!Number.isInteger(hops) || hops < 0 || hops > 10) {
  console.error("Invalid environment configuration:\n  TRUST_PROXY_HOPS: a whole number from 0 to 10");
  process.exit(1);
}

/** "8kb", "1mb" → bytes (the notation of next.config.js). */
function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb)?$/i.exec(value.trim());
  if (!match) throw new Error(`Unreadable size: ${value}`);
  const unit = (match[2] ?? "b").toLowerCase();
  return Math.floor(Number(match[1]) * (unit === "mb" ? 1024 * 1024 : unit === "kb" ? 1024 : 1));
}

// A body posted to a page is a server action (sign-in, settings, admin forms). Next.js stops
// reading one at serverActions.bodySizeLimit but answers 500; one announced larger is refused
// here with 413 before anything is read.
const config = createRequire(__filename)(path.join(root, "next.config.js")) as { experimental: { serverActions: { bodySizeLimit: string } } };
const ACTION_BODY_LIMIT = parseSize(config.experimental.serverActions.bodySizeLimit);

function refuseLargeAction(req: IncomingMessage, res: ServerResponse): boolean {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (req.method !== "POST" || (req.url ?? "").startsWith("/api/") || !(declared > ACTION_BODY_LIMIT)) return false;
  res.writeHead(413, { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff", connection: "close" });
  res.end("The request body is too large.");
  return true;
}

async function main(): Promise<void> {
  process.env.INKWELL_SERVER = "1";
  const app = next({ dev: false, hostname, port, dir: root });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => {
    if (refuseLargeAction(req, res)) return;
    req.headers[CLIENT_IP_HEADER] = resolveClientIp({ peer: req.socket.remoteAddress, forwardedFor: req.headers["x-forwarded-for"], hops });
    void handle(req, res);
  });
  server.listen(port, hostname, () => console.log(`▲ Inkwell ready on http://${hostname}:${port}`));
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    server.close();
    void app.close().finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

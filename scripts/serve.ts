// `npm start` serves the built app through this small Node server instead of a bare `next start`:
// it is the one place that sees each request's TCP peer, so it records the client's address (from
// the peer and the X-Forwarded-For entries of TRUST_PROXY_HOPS trusted proxies) in a header the
// app reads for its per-address limits, replacing anything a client sent under that name.
//   node --import tsx scripts/serve.ts [-p PORT] [-H HOST]
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { CLIENT_IP_HEADER, resolveClientIp } from "../lib/http/client-ip";

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

async function main(): Promise<void> {
  process.env.INKWELL_SERVER = "1";
  const app = next({ dev: false, hostname, port, dir: path.resolve(__dirname, "..") });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => {
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

import "server-only";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { CLIENT_IP_HEADER, normalizeIp, resolveClientIp } from "./client-ip";

let warned = false;

/**
 * The client's address for a request. Inkwell's server (`npm start`) sets it from the TCP peer and
 * TRUST_PROXY_HOPS; under another server (`next dev`, a bare `next start`) only X-Forwarded-For is
 * left, which a client can write itself when nothing in front of the server rewrites it.
 */
export function clientIpOf(headers: Headers): string {
  const set = normalizeIp(headers.get(CLIENT_IP_HEADER));
  if (set) return set;
  if (!warned && process.env.NODE_ENV === "production") {
    warned = true;
    log.warn("client addresses come from X-Forwarded-For: serve with `npm start` (scripts/serve.ts) so that per-IP limits cannot be dodged");
  }
  const forwarded = headers.get("x-forwarded-for") ?? undefined;
  const entries = (forwarded ?? "").split(",").map((e) => e.trim()).filter(Boolean);
  // Next.js writes the peer into an absent X-Forwarded-For: treat its last entry as the peer.
  return resolveClientIp({ peer: entries.at(-1), forwardedFor: entries.slice(0, -1).join(","), hops: getEnv().TRUST_PROXY_HOPS });
}

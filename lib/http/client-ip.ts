import { isIP } from "node:net";

/** Set by Inkwell's own server (scripts/serve.ts) on every request, replacing anything the client sent. */
export const CLIENT_IP_HEADER = "x-inkwell-client-ip";

/** An address in one canonical form: IPv4-mapped IPv6 as IPv4, no zone, lowercase; null when not an IP. */
export function normalizeIp(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let value = raw.trim().toLowerCase();
  // "[2001:db8::1]:443" and "203.0.113.7:51234" as some proxies write them.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed?.[1]) value = bracketed[1];
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  value = value.replace(/%.*$/, "");
  if (value.startsWith("::ffff:") && isIP(value.slice(7)) === 4) value = value.slice(7);
  return isIP(value) ? value : null;
}

/**
 * The client's address from the TCP peer and the X-Forwarded-For chain, trusting `hops` proxies in
 * front of the server. Each trusted proxy appends the address it got the request from, so the
 * client is the `hops`-th address from the right of [...forwarded, peer]; entries further left
 * were written by the client and are never believed.
 */
export function resolveClientIp({ peer, forwardedFor, hops }: { peer: string | undefined; forwardedFor: string | string[] | undefined; hops: number }): string {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer ?? ""];
  const index = Math.max(0, chain.length - 1 - hops);
  return normalizeIp(chain[index]) ?? normalizeIp(peer) ?? "unknown";
}

/**
 * The key per-IP limits count under: the address itself for IPv4, its /64 network for IPv6
 * (one subscriber usually holds a whole /64, so single IPv6 addresses are free to rotate).
 */
export function ipLimitKey(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  const [head = "", tail = ""] = ip.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = ip.includes("::") ? [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

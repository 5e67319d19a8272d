import { describe, expect, it } from "vitest";
import { ipLimitKey, normalizeIp, resolveClientIp } from "@/lib/http/client-ip";

describe("normalizeIp", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    ["::ffff:203.0.113.7", "203.0.113.7"],
    [" 2001:DB8::1 ", "2001:db8::1"],
    ["[2001:db8::1]:443", "2001:db8::1"],
    ["203.0.113.7:51234", "203.0.113.7"],
    ["fe80::1%eth0", "fe80::1"],
  ])("%j → %j", (raw, expected) => expect(normalizeIp(raw)).toBe(expected));

  it.each(["", "unknown", "evil.example", "1.2.3", "<script>"])("%j is not an address", (raw) => expect(normalizeIp(raw)).toBeNull());
});

describe("resolveClientIp", () => {
  const peer = "10.0.0.5";

  it("without trusted proxies, is the TCP peer whatever X-Forwarded-For claims", () => {
    expect(resolveClientIp({ peer, forwardedFor: undefined, hops: 0 })).toBe(peer);
    expect(resolveClientIp({ peer, forwardedFor: "1.2.3.4", hops: 0 })).toBe(peer);
    expect(resolveClientIp({ peer: "::ffff:10.0.0.5", forwardedFor: "1.2.3.4, 5.6.7.8", hops: 0 })).toBe(peer);
  });

  it("with one proxy, is the address that proxy appended (the last entry), not what the client wrote", () => {
    expect(resolveClientIp({ peer, forwardedFor: "198.51.100.9", hops: 1 })).toBe("198.51.100.9");
    expect(resolveClientIp({ peer, forwardedFor: "1.1.1.1, 198.51.100.9", hops: 1 })).toBe("198.51.100.9");
    expect(resolveClientIp({ peer, forwardedFor: ["1.1.1.1", "198.51.100.9"], hops: 1 })).toBe("198.51.100.9");
  });

  it("with two proxies, skips the nearer proxy's entry", () => {
    expect(resolveClientIp({ peer, forwardedFor: "1.1.1.1, 198.51.100.9, 10.0.0.4", hops: 2 })).toBe("198.51.100.9");
  });

  it("with fewer entries than trusted hops, takes the farthest known one", () => {
    expect(resolveClientIp({ peer, forwardedFor: "198.51.100.9", hops: 3 })).toBe("198.51.100.9");
    expect(resolveClientIp({ peer, forwardedFor: undefined, hops: 2 })).toBe(peer);
  });

  it("falls back to the peer when the chosen entry is not an address", () => {
    expect(resolveClientIp({ peer, forwardedFor: "garbage", hops: 1 })).toBe(peer);
    expect(resolveClientIp({ peer: undefined, forwardedFor: undefined, hops: 0 })).toBe("unknown");
  });
});

describe("ipLimitKey", () => {
  it("keeps IPv4 addresses as they are", () => expect(ipLimitKey("203.0.113.7")).toBe("203.0.113.7"));

  it("groups IPv6 addresses by their /64 network", () => {
    expect(ipLimitKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(ipLimitKey("2001:db8:1:2:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(ipLimitKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(ipLimitKey("::1")).toBe("0:0:0:0::/64");
    expect(ipLimitKey("2001:db8:1:3::1")).not.toBe(ipLimitKey("2001:db8:1:2::1"));
  });
});

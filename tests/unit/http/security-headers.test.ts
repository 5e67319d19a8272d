import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { createNonce, pageCsp } from "@/lib/http/security-headers";

const require = createRequire(import.meta.url);

describe("the page CSP", () => {
  it("allows scripts only with this request's nonce, and nothing may frame the page", () => {
    const csp = pageCsp({ nonce: "abc123" });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("lets the development server work, and upgrades requests on HTTPS sites", () => {
    expect(pageCsp({ nonce: "n", dev: true })).toContain("'unsafe-eval'");
    expect(pageCsp({ nonce: "n", https: true })).toContain("upgrade-insecure-requests");
  });

  it("lets the sign-in form reach configured OAuth providers only", () => {
    expect(pageCsp({ nonce: "n" })).toContain("form-action 'self';");
    expect(pageCsp({ nonce: "n", formTargets: ["https://github.com"] })).toContain("form-action 'self' https://github.com;");
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const a = createNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(createNonce()).not.toBe(a);
  });
});

describe("next.config.js headers", () => {
  it("sends nosniff, the referrer policy, a camera-friendly permissions policy and no framing on every path", async () => {
    const config = require("../../../next.config.js") as { headers: () => Promise<Array<{ source: string; has?: unknown; headers: Array<{ key: string; value: string }> }>> };
    const rules = await config.headers();
    const all = rules.find((rule) => rule.source === "/:path*")!;
    const get = (key: string) => all.headers.find((h) => h.key === key)?.value;
    expect(get("X-Content-Type-Options")).toBe("nosniff");
    expect(get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(get("Permissions-Policy")).toContain("camera=(self)");
    expect(get("Permissions-Policy")).toContain("microphone=()");
    expect(get("X-Frame-Options")).toBe("DENY");
    const api = rules.find((rule) => rule.source === "/api/:path*")!;
    expect(api.headers[0]!.value).toContain("frame-ancestors 'none'");
    expect(api.headers[0]!.value).toContain("default-src 'none'");
    // Pages answering a posted form get a policy without a nonce: no script runs.
    expect(rules.filter((rule) => rule.has).every((rule) => rule.headers[0]!.value.includes("script-src 'none'"))).toBe(true);
  });
});

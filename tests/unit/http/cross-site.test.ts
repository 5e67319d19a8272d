import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { isCrossSiteWrite } from "@/lib/http/cross-site";

function withOrigin(url: string | undefined): void {
  if (url) process.env.APP_URL = url;
  else delete process.env.APP_URL;
  delete process.env.AUTH_URL;
  resetEnvForTests();
}

afterEach(() => withOrigin(undefined));

const write = (overrides: Partial<Parameters<typeof isCrossSiteWrite>[0]>) =>
  isCrossSiteWrite({ method: "POST", origin: null, secFetchSite: null, host: "inkwell.example", ...overrides });

describe("cross-site writes (no configured origin: the Host header decides)", () => {
  it("lets reads through whatever their origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) expect(write({ method, origin: "https://evil.example", secFetchSite: "cross-site" })).toBe(false);
  });

  it("lets through a write with neither Origin nor Sec-Fetch-Site (not from a browser page)", () => {
    expect(write({})).toBe(false);
  });

  it("accepts the site's own pages", () => {
    expect(write({ origin: "https://inkwell.example", secFetchSite: "same-origin" })).toBe(false);
    expect(write({ origin: "http://inkwell.example" })).toBe(false);
  });

  it.each([
    ["another origin", { origin: "https://evil.example" }],
    ["a look-alike host", { origin: "https://inkwell.example.evil.example" }],
    ["an opaque origin", { origin: "null" }],
    ["a malformed origin", { origin: "not a url" }],
    ["Sec-Fetch-Site: cross-site without Origin", { secFetchSite: "cross-site" }],
    ["Sec-Fetch-Site: cross-site with the site's Origin", { origin: "https://inkwell.example", secFetchSite: "cross-site" }],
    ["a sibling subdomain", { origin: "https://api.inkwell.example", secFetchSite: "same-site" }],
  ])("refuses %s", (_label, headers) => {
    expect(write(headers)).toBe(true);
  });

  it("refuses any Origin when there is no Host to compare with", () => {
    expect(write({ origin: "https://inkwell.example", host: null })).toBe(true);
  });
});

describe("cross-site writes with APP_URL", () => {
  it("compares with the configured origin, never with Host", () => {
    withOrigin("https://inkwell.example");
    expect(write({ origin: "https://inkwell.example" })).toBe(false);
    // Behind a proxy Host may be anything, including what an attacker put there.
    expect(write({ origin: "https://evil.example", host: "evil.example" })).toBe(true);
    expect(write({ origin: "http://inkwell.example" })).toBe(true);
    expect(write({ origin: "https://inkwell.example:444" })).toBe(true);
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { safeRedirectPath } from "@/lib/http/redirect";

function withOrigin(url: string | undefined): void {
  if (url) process.env.APP_URL = url;
  else delete process.env.APP_URL;
  delete process.env.AUTH_URL;
  resetEnvForTests();
}

afterEach(() => withOrigin(undefined));

describe("safeRedirectPath", () => {
  it.each([
    ["/library", "/library"],
    ["/images/abc?download=1#top", "/images/abc?download=1#top"],
    ["/a/../settings", "/settings"],
    ["library", "/library"],
  ])("keeps the same-site target %j as %j", (raw, expected) => {
    withOrigin(undefined);
    expect(safeRedirectPath(raw)).toBe(expected);
  });

  it.each([
    // What the page receives for ?callbackUrl=/%5Cevil.example once the query is decoded.
    "/\\evil.example",
    "//evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "https://evil.example/library",
    "javascript:alert(1)",
    "data:text/html,hi",
    "//evil.example/%2F..",
    "",
    "   ",
  ])("refuses %j (it would leave the site, or says nothing)", (raw) => {
    withOrigin(undefined);
    expect(safeRedirectPath(raw)).toBe("/");
  });

  it.each(["/%5Cevil.example", "http:evil.example", "/%2F%2Fevil.example", "/library%0d%0aSet-Cookie:x=1"])(
    "keeps %j only as a path that browsers resolve on the site",
    (raw) => {
      withOrigin(undefined);
      const result = safeRedirectPath(raw);
      expect(result.startsWith("/")).toBe(true);
      expect(new URL(result, "https://inkwell.example").origin).toBe("https://inkwell.example");
      expect(result).not.toMatch(/[\\\r\n]/);
    },
  );

  it("refuses what is not a string", () => {
    expect(safeRedirectPath(null)).toBe("/");
    expect(safeRedirectPath(["/library"])).toBe("/");
    expect(safeRedirectPath(undefined, "/sign-in")).toBe("/sign-in");
  });

  it("with a configured origin, keeps absolute URLs on it and refuses every other origin", () => {
    withOrigin("https://inkwell.example");
    expect(safeRedirectPath("https://inkwell.example/library?x=1")).toBe("/library?x=1");
    expect(safeRedirectPath("http://inkwell.example/library")).toBe("/");
    expect(safeRedirectPath("https://inkwell.example.evil.example/")).toBe("/");
    expect(safeRedirectPath("https://inkwell.example:8443/")).toBe("/");
    expect(safeRedirectPath("/\\evil.example")).toBe("/");
    expect(safeRedirectPath("/%5Cevil.example")).toBe("/%5Cevil.example");
  });
});

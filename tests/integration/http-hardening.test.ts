import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...nextauth]/route";
import { POST as startPage } from "@/app/api/coloring-pages/route";
import { GET as fileRoute } from "@/app/api/images/[id]/file/route";
import { POST as photoPages } from "@/app/api/photo-pages/route";
import { POST as createScript } from "@/app/api/scripts/route";
import { recordSignInFailure } from "@/lib/limits/sign-in";
import { db } from "@/lib/db/client";
import { blobStore } from "@/lib/storage";
import { configureEngine, createTestUser } from "../support/harness";
import { call } from "../support/routes";
import { sessionCookie } from "../support/sessions";

/** A chunked body (no declared length) of 64 KB pieces that never ends by itself; counts what was pulled. */
function endless(): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const piece = new Uint8Array(64 * 1024).fill(32);
  return {
    stream: new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += piece.byteLength;
        controller.enqueue(piece);
      },
    }),
    pulled: () => pulled,
  };
}

function chunked(url: string, stream: ReadableStream<Uint8Array>, headers: Record<string, string>): Request {
  const init: RequestInit & { duplex: "half" } = { method: "POST", body: stream, headers, duplex: "half" };
  return new Request(url, init);
}

let user: { id: string; token: string };

beforeAll(async () => {
  configureEngine({ extra: { LIMIT_API_PER_MINUTE: "100000", PHOTO_MAX_BYTES: String(512 * 1024) } });
  user = await createTestUser("bodies");
});

describe("body limits, enforced while the body streams", () => {
  it.each([
    ["a JSON route (1 MB)", startPage, "/api/coloring-pages", "application/json", 1024 * 1024],
    ["a script route (8 MB of pasted text)", createScript, "/api/scripts", "application/json", 8 * 1024 * 1024],
    ["a photo upload (PHOTO_MAX_BYTES and the form around it)", photoPages, "/api/photo-pages", "multipart/form-data; boundary=x", 512 * 1024 + 64 * 1024],
  ])("%s: an endless chunked body gets 413 as soon as it passes the limit", async (_label, handler, path, type, limit) => {
    const { stream, pulled } = endless();
    const request = chunked(`http://localhost${path}`, stream, { authorization: `Bearer ${user.token}`, "content-type": type });
    const response = await handler(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(413);
    expect(pulled()).toBeGreaterThan(limit);
    expect(pulled()).toBeLessThan(limit + 8 * 64 * 1024);
  });

  it("refuses a declared length over the limit without reading the body", async () => {
    const { stream, pulled } = endless();
    const request = chunked("http://localhost/api/coloring-pages", stream, { authorization: `Bearer ${user.token}`, "content-type": "application/json", "content-length": String(40 * 1024 * 1024) });
    expect((await startPage(request, { params: Promise.resolve({}) })).status).toBe(413);
    expect(pulled()).toBeLessThanOrEqual(64 * 1024);
  });

  it("lets a route that needs more than 1 MB read more (a long pasted script is judged on its text, not refused for its size)", async () => {
    const text = `0:00 ${"a".repeat(1_200_000)}`;
    const res = await call(createScript, { method: "POST", token: user.token, body: { title: "Long", style: "cartoon", text } });
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe("invalid:script");
  });

  it("limits sign-in posts to a few KB", async () => {
    const { stream, pulled } = endless();
    const request = new NextRequest(chunked("http://localhost/api/auth/callback/credentials", stream, { "content-type": "application/x-www-form-urlencoded" }));
    expect((await authPost(request)).status).toBe(413);
    expect(pulled()).toBeLessThan(8 * 1024 + 8 * 64 * 1024);
  });
});

describe("sign-in through Auth.js's own endpoint", () => {
  it("answers 429 with Retry-After and the wait, in French for French readers, while an account + address is locked out", async () => {
    configureEngine({ extra: { LIMIT_API_PER_MINUTE: "100000", LIMIT_SIGNIN_FAILURES: "2" } });
    const email = "locked@example.test";
    for (let i = 0; i < 2; i++) await recordSignInFailure({ email, ip: "127.0.0.9" });
    const request = new NextRequest("http://localhost/api/auth/callback/credentials", {
      method: "POST",
      body: new URLSearchParams({ email, password: "guess", csrfToken: "x" }).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded", "x-inkwell-client-ip": "127.0.0.9", "accept-language": "fr" },
    });
    const response = await authPost(request);
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await response.json()).toMatchObject({ code: "rate_limited:sign_in", error: expect.stringMatching(/^Trop de tentatives de connexion échouées\. Réessayez dans \d+ (secondes?|minutes?)\.$/) });
  });
});

describe("cookies, origins and downloads", () => {
  it("a cookie-authenticated write with neither Origin nor Sec-Fetch-Site (not from a browser page) passes", async () => {
    const { cookie } = await sessionCookie(user.id);
    const res = await call(startPage, { method: "POST", headers: { cookie }, body: { theme: "a lighthouse" } });
    expect(res.status).toBe(202);
  });

  it("serves a download with its exact type and a safe file name, whatever the title", async () => {
    const storageKey = `images/${user.id}/download.png`;
    const png = Buffer.from("89504e470d0a1a0a", "hex");
    await blobStore().put(storageKey, png, "image/png");
    const image = await db().image.create({
      data: { userId: user.id, kind: "coloring", title: 'x"; filename="evil.html', prompt: "p", engine: "offline", model: "m", options: "{}", width: 1, height: 1, bytes: png.length, sha256: "s", storageKey },
    });
    const res = await call(fileRoute, { token: user.token, params: { id: image.id }, path: `/api/images/${image.id}/file?download=1` });
    expect(res.status).toBe(200);
    expect(res.response.headers.get("content-type")).toBe("image/png");
    expect(res.response.headers.get("content-disposition")).toBe('attachment; filename="coloring-x-filename-evil-html.png"');
  });
});

import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { assertDeclaredLength, readBodyLimited, withBodyLimit } from "@/lib/http/body";

/** A chunked body of `chunk`-byte pieces that never ends on its own; counts how much was pulled. */
function endless(chunk = 64 * 1024): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += chunk;
      controller.enqueue(new Uint8Array(chunk).fill(97));
    },
  });
  return { stream, pulled: () => pulled };
}

function post(body: BodyInit | ReadableStream<Uint8Array>, headers: Record<string, string> = {}): Request {
  const init: RequestInit & { duplex: "half" } = { method: "POST", body: body as BodyInit, headers, duplex: "half" };
  return new Request("http://localhost/x", init);
}

async function statusOf(promise: Promise<unknown>): Promise<number | "ok"> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (isAppError(error)) return error.status;
    throw error;
  }
}

describe("readBodyLimited", () => {
  it("reads a body of exactly the limit", async () => {
    const bytes = await readBodyLimited(post(new Uint8Array(1000)), 1000);
    expect(bytes.byteLength).toBe(1000);
  });

  it("refuses one byte more with 413", async () => {
    expect(await statusOf(readBodyLimited(post(new Uint8Array(1001)), 1000))).toBe(413);
  });

  it("stops a chunked body as soon as it passes the limit, without waiting for its end", async () => {
    const { stream, pulled } = endless();
    expect(await statusOf(readBodyLimited(post(stream), 1024 * 1024))).toBe(413);
    // The reader gave up within a few chunks of the limit (the stream itself never ends).
    expect(pulled()).toBeLessThan(1024 * 1024 + 5 * 64 * 1024);
  });

  it("refuses a declared length over the limit before reading anything", async () => {
    const { stream, pulled } = endless();
    const request = post(stream, { "content-length": "5000000" });
    expect(await statusOf(readBodyLimited(request, 1000))).toBe(413);
    expect(pulled()).toBeLessThanOrEqual(64 * 1024);
    expect(() => assertDeclaredLength(new Headers({ "content-length": "1000" }), 1000)).not.toThrow();
    expect(() => assertDeclaredLength(new Headers({ "content-length": "1001" }), 1000)).toThrow();
  });

  it("reads no body as empty", async () => {
    expect((await readBodyLimited(new Request("http://localhost/x", { method: "POST" }), 10)).byteLength).toBe(0);
  });
});

describe("withBodyLimit (parsers that read the body themselves)", () => {
  it("lets a multipart form under the limit through", async () => {
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(500)]), "a.bin");
    const limited = withBodyLimit(post(form), 10_000);
    const parsed = await limited.request.formData();
    expect((parsed.get("file") as File).size).toBe(500);
    expect(limited.exceeded()).toBe(false);
  });

  it("fails the parse of a chunked body past the limit, and says why", async () => {
    const { stream, pulled } = endless();
    const limited = withBodyLimit(post(stream, { "content-type": "multipart/form-data; boundary=x" }), 256 * 1024);
    await expect(limited.request.formData()).rejects.toBeDefined();
    expect(limited.exceeded()).toBe(true);
    expect(pulled()).toBeLessThan(256 * 1024 + 5 * 64 * 1024);
  });
});

import { AppError } from "@/lib/errors";

/** 1 MB: the default for JSON bodies. */
export const JSON_BODY_LIMIT = 1024 * 1024;

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export function bodyTooLarge(maxBytes: number): AppError {
  return new AppError("too_large:body", `The request body is larger than ${formatBytes(maxBytes)}.`, { limitBytes: maxBytes });
}

/** Refuses at once a body whose declared length is already over the limit (nothing is read). */
export function assertDeclaredLength(headers: Headers, maxBytes: number): void {
  const declared = headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) throw bodyTooLarge(maxBytes);
}

/**
 * The body passed through a counter that fails the stream as soon as more than `maxBytes` have
 * arrived, chunked bodies included: nothing past the limit is buffered or waited for.
 */
export function limitBody(body: ReadableStream<Uint8Array>, maxBytes: number): { stream: ReadableStream<Uint8Array>; exceeded: () => boolean } {
  let seen = 0;
  let over = false;
  const stream = body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > maxBytes) {
          over = true;
          controller.error(bodyTooLarge(maxBytes));
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
  return { stream, exceeded: () => over };
}

/** Reads the whole body, refusing it with 413 as soon as it passes `maxBytes`. */
export async function readBodyLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
  assertDeclaredLength(request.headers, maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw bodyTooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * A copy of the request whose body fails past `maxBytes`, for parsers that read the body
 * themselves (multipart forms, Auth.js): `exceeded()` tells a limit failure from a bad body.
 */
export function withBodyLimit(request: Request, maxBytes: number): { request: Request; exceeded: () => boolean } {
  assertDeclaredLength(request.headers, maxBytes);
  if (!request.body) return { request, exceeded: () => false };
  const { stream, exceeded } = limitBody(request.body, maxBytes);
  const init: RequestInit & { duplex: "half" } = { method: request.method, headers: request.headers, body: stream, duplex: "half", signal: request.signal };
  return { request: new Request(request.url, init), exceeded };
}

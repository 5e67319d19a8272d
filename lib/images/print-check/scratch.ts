/**
 * Reusable working memory for the page-sized arrays of an analysis. A Letter page needs several
 * 8.5-megabyte arrays; fresh ones cost more in page faults than the measures themselves (about
 * 4 ms per megabyte on the 2-core servers), so each kind is allocated once per process and
 * cleared on reuse. An analysis's arrays are therefore only valid until the next analysis starts;
 * nothing outside this module keeps them longer. (Stages that run one after the other may share
 * a name when the first is done with it.)
 */
const pool = new Map<string, ArrayBuffer>();

function borrow(name: string, bytes: number): ArrayBuffer {
  let buffer = pool.get(name);
  if (!buffer || buffer.byteLength < bytes) {
    buffer = new ArrayBuffer(bytes);
    pool.set(name, buffer);
  }
  return buffer;
}

/** A zeroed byte array of `length`, reused under `name`. */
export function scratchBytes(name: string, length: number): Uint8Array {
  const view = new Uint8Array(borrow(name, length), 0, length);
  view.fill(0);
  return view;
}

/** An int array of `length` (not cleared: callers write before they read), reused under `name`. */
export function scratchInts(name: string, length: number): Int32Array {
  return new Int32Array(borrow(name, length * 4), 0, length);
}

import { Zip, ZipDeflate, ZipPassThrough } from "fflate";

export interface ZipEntry {
  name: string;
  /** The bytes, or null to leave the entry out (a missing file). */
  read: () => Promise<Uint8Array | null>;
  /** PNGs are already compressed: stored as they are. */
  compress?: boolean;
}

/**
 * A ZIP written as it is read: one entry is loaded per pull, so a 300-image script never sits
 * in memory at once.
 */
export function zipStream(entries: readonly ZipEntry[]): ReadableStream<Uint8Array> {
  let zip: Zip | undefined;
  let next = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      zip = new Zip((error, chunk, final) => {
        if (error) {
          controller.error(error);
          return;
        }
        controller.enqueue(chunk);
        if (final) controller.close();
      });
    },
    // fflate calls back synchronously, so each pull enqueues at least one chunk (or ends the ZIP).
    async pull() {
      while (next < entries.length) {
        const entry = entries[next++]!;
        const bytes = await entry.read();
        if (!bytes) continue;
        const file = entry.compress ? new ZipDeflate(entry.name, { level: 6 }) : new ZipPassThrough(entry.name);
        zip!.add(file);
        file.push(bytes, true);
        return;
      }
      zip!.end();
    },
  });
}

import { OFFLINE_MODEL } from "../estimate";
import type { ExportRow } from "./rows";
import { microToUsd } from "@/lib/shared/money";

/** A segment in the reference module's shape (`integrate_with_youtube_finder`), with the file in the ZIP. */
export interface ExportedSegment {
  timestamp: string;
  text: string;
  generated_image: {
    source: string;
    license: string;
    cost: number;
    prompt: string;
    style: string;
    file: string;
    /** 1.0: the image was made for this segment's text, as the reference module scores it. */
    relevance_score: number;
    /** The PNG as base64, when asked for with `include=b64`; null if its file is missing. */
    b64_json?: string | null;
  } | null;
}

/** The offline engine composes bundled Twemoji artwork, which is CC-BY 4.0. */
export const OFFLINE_LICENSE = "CC-BY-4.0 artwork (Twemoji)";

/** A generated image fits its segment exactly; the reference module scores found images lower. */
export const GENERATED_RELEVANCE = 1.0;

export function exportJson(rows: readonly ExportRow[]): ExportedSegment[] {
  return rows.map(({ segment, image, file, style }) => ({
    timestamp: segment.timestamp,
    text: segment.text,
    generated_image:
      image && file
        ? {
            source: image.model,
            license: image.engine === "offline" || image.model === OFFLINE_MODEL ? OFFLINE_LICENSE : "ai-generated",
            cost: microToUsd(image.costMicroUsd),
            prompt: image.prompt,
            style,
            file,
            relevance_score: GENERATED_RELEVANCE,
          }
        : null,
  }));
}

/** The JSON list as `JSON.stringify(list, null, 2)` writes it, one item at a time. */
function itemText(item: ExportedSegment, index: number, count: number): string {
  return `${index === 0 ? "[\n" : ""}  ${JSON.stringify(item, null, 2).split("\n").join("\n  ")}${index < count - 1 ? ",\n" : "\n]\n"}`;
}

/**
 * The JSON with each image inline as `b64_json`, written as it is read: one image is loaded
 * per pull, so a 300-image script never sits in memory at once.
 */
export function exportJsonWithImages(rows: readonly ExportRow[], readImage: (row: ExportRow) => Promise<Uint8Array | null>): ReadableStream<Uint8Array> {
  const items = exportJson(rows);
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (items.length === 0) {
        controller.enqueue(encoder.encode("[]\n"));
        controller.close();
        return;
      }
      const index = next++;
      const item = items[index]!;
      const row = rows[index]!;
      if (item.generated_image) {
        const bytes = await readImage(row);
        item.generated_image.b64_json = bytes ? Buffer.from(bytes).toString("base64") : null;
      }
      controller.enqueue(encoder.encode(itemText(item, index, items.length)));
      if (next === items.length) controller.close();
    },
  });
}

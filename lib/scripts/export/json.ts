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
  } | null;
}

/** The offline engine composes bundled Twemoji artwork, which is CC-BY 4.0. */
export const OFFLINE_LICENSE = "CC-BY-4.0 artwork (Twemoji)";

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
          }
        : null,
  }));
}

import "server-only";
import { selectTargets } from "../selection";
import { getScriptOrThrow, listSegments, listUserImagesByIds, type ScriptRecord, type SegmentRecord } from "@/lib/db/scripts";
import type { ImageRecord } from "@/lib/db/images";
import { sceneOptionsOf } from "@/lib/scenes/source";
import { exportFileName } from "../export-names";
import { effectiveStyle } from "../scene-jobs";

/** One segment as exported: its chosen image (if any) and that image's name in the ZIP. */
export interface ExportRow {
  index: number;
  segment: SegmentRecord;
  image: ImageRecord | null;
  /** `003_0-30_historical-coffee.png`, or null without an image. */
  file: string | null;
  style: string;
}

/** The rows of every segment, or of the selected ones (a foreign id is 404); numbered by their place in the whole script. */
export async function loadExportRows({ id, userId, segmentIds }: { id: string; userId: string; segmentIds?: readonly string[] }): Promise<{ script: ScriptRecord; rows: ExportRow[] }> {
  const script = await getScriptOrThrow({ id, userId });
  const all = await listSegments({ scriptId: id });
  const chosen = segmentIds ? new Set(selectTargets(all, { segmentIds, redraw: true }).map((s) => s.id)) : null;
  const segments = chosen ? all.filter((s) => chosen.has(s.id)) : all;
  const images = new Map(
    (await listUserImagesByIds({ userId, ids: segments.flatMap((s) => (s.imageId ? [s.imageId] : [])) })).map((i) => [i.id, i]),
  );
  const rows = segments.map((segment): ExportRow => {
    const index = all.indexOf(segment);
    const image = segment.imageId ? (images.get(segment.imageId) ?? null) : null;
    return {
      index,
      segment,
      image,
      file: image ? exportFileName(index, segment.timestamp, segment.text) : null,
      style: (image && sceneOptionsOf(image)?.style) || effectiveStyle(script, segment),
    };
  });
  return { script, rows };
}


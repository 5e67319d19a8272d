import "server-only";
import { findLatestBatch } from "@/lib/db/batches";
import { countSegments, getScriptOrThrow, latestSegmentJobs, listScriptSummaries, listSegmentImages, listSegments, listUserImagesByIds, type ScriptRecord } from "@/lib/db/scripts";
import { scriptSpentMicroUsd } from "@/lib/db/script-spend";
import type { SegmentWindow } from "./page-query";
import { selectTargets } from "./selection";
import type { EngineId } from "@/lib/shared/options";
import type { Quality } from "@/lib/images/models";
import type { Aspect } from "@/lib/images/prompts/scene";
import { toImageView } from "@/lib/library/views";
import { toJobView, viewBatches } from "@/lib/jobs";
import type { ImageView, SegmentView } from "@/lib/shared/views";
import { estimateScenes, settleScene } from "@/lib/scenes/plan";
import { DEFAULT_SCENE_QUALITY } from "@/lib/scenes/schema";
import type { BatchView } from "@/lib/shared/views";
import { microToUsd } from "@/lib/shared/money";

export interface ScriptView {
  id: string;
  title: string;
  style: string;
  customStyle: string | null;
  aspect: string;
  references: ImageView[];
  estimate: { engine: EngineId; model: string; quality: Quality; perImageUsd: number; totalUsd: number; segments: number };
  segments: SegmentView[];
  /** Only when a window was asked for: where it starts, its size, and how many segments there are in all. */
  page?: { offset: number; limit: number; total: number };
  batch: BatchView | null;
  /** Everything the script's jobs were billed: batches, redraws, variations and edits. */
  costUsd: number;
  createdAt: string;
  updatedAt: string;
}

export interface ScriptListItem {
  id: string;
  title: string;
  style: string;
  aspect: string;
  segmentCount: number;
  illustratedCount: number;
  updatedAt: string;
}

async function latestBatchView({ scriptId, userId }: { scriptId: string; userId: string }): Promise<BatchView | null> {
  const batch = await findLatestBatch({ scriptId, userId });
  return batch ? ((await viewBatches([batch]))[0] ?? null) : null;
}

export async function listScriptViews({ userId }: { userId: string }): Promise<{ items: ScriptListItem[] }> {
  const rows = await listScriptSummaries({ userId });
  return { items: rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() })) };
}

async function referenceViews(script: ScriptRecord): Promise<ImageView[]> {
  const found = new Map((await listUserImagesByIds({ userId: script.userId, ids: script.references })).map((i) => [i.id, i]));
  return script.references.flatMap((id) => {
    const image = found.get(id);
    return image ? [toImageView(image)] : [];
  });
}

/**
 * A script with everything the studio shows: each segment's chosen image, all its versions and
 * its latest job, the references, the latest batch, and what illustrating the segments still
 * without an image (or the `selection`) would cost with `engine` and `quality` (the defaults otherwise). With a
 * `window`, only those segments (and their images and jobs) are read.
 */
export async function getScriptView({
  id,
  userId,
  engine,
  model,
  quality,
  window,
  selection,
}: {
  id: string;
  userId: string;
  engine?: EngineId;
  model?: string;
  quality?: Quality;
  window?: SegmentWindow;
  /** The estimate is for these segments, counted as `illustrateScript` would count them. */
  selection?: { segmentIds?: readonly string[]; redraw?: boolean };
}): Promise<ScriptView> {
  const script = await getScriptOrThrow({ id, userId });
  // An engine the server lacks, or a quality the model lacks, is not an error here: the estimate
  // says what it would cost (at the closest quality), and shows the quality it is for.
  const settled = settleScene({ engine, model, fallback: quality ?? DEFAULT_SCENE_QUALITY, estimateOnly: true });
  const [segments, counts] = await Promise.all([listSegments({ scriptId: id, window }), countSegments({ scriptId: id })]);
  const segmentIds = segments.map((s) => s.id);
  const [images, jobs, references, batch, spent] = await Promise.all([
    listSegmentImages({ userId, segmentIds }),
    latestSegmentJobs({ userId, segmentIds }),
    referenceViews(script),
    latestBatchView({ scriptId: id, userId }),
    scriptSpentMicroUsd({ scriptId: id, userId }),
  ]);
  const views = new Map(images.map((i) => [i.id, toImageView(i)]));
  const bySegment = new Map<string, ImageView[]>();
  for (const image of images) {
    if (!image.segmentId) continue;
    const list = bySegment.get(image.segmentId) ?? [];
    list.push(views.get(image.id)!);
    bySegment.set(image.segmentId, list);
  }
  const chosenElsewhere = segments.flatMap((s) => (s.imageId && !views.has(s.imageId) ? [s.imageId] : []));
  for (const image of await listUserImagesByIds({ userId, ids: chosenElsewhere })) views.set(image.id, toImageView(image));

  // Counted over the whole script, so a window's estimate is the script's, not the window's.
  const missing = selection && (selection.segmentIds || selection.redraw) ? selectTargets(await listSegments({ scriptId: id }), selection).length : counts.missing;
  const estimate = estimateScenes({
    ...settled,
    aspect: script.aspect as Aspect,
    count: missing,
    references: script.references.length,
  });
  return {
    id: script.id,
    title: script.title,
    style: script.style,
    customStyle: script.customStyle,
    aspect: script.aspect,
    references,
    estimate: {
      engine: estimate.engine,
      model: estimate.model,
      quality: settled.quality,
      perImageUsd: microToUsd(estimate.perImageMicroUsd),
      totalUsd: microToUsd(estimate.totalMicroUsd),
      segments: missing,
    },
    segments: segments.map((s) => {
      const job = jobs.get(s.id);
      return {
        id: s.id,
        position: s.position,
        timestamp: s.timestamp,
        seconds: s.seconds,
        text: s.text,
        style: s.style,
        imageId: s.imageId,
        image: s.imageId ? (views.get(s.imageId) ?? null) : null,
        images: bySegment.get(s.id) ?? [],
        job: job ? toJobView(job) : null,
      };
    }),
    ...(window ? { page: { ...window, total: counts.total } } : {}),
    batch,
    costUsd: microToUsd(spent),
    createdAt: script.createdAt.toISOString(),
    updatedAt: script.updatedAt.toISOString(),
  };
}

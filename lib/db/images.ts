import "server-only";
import { AppError } from "@/lib/errors";
import { db, type DbClient } from "./client";
import { OPEN_JOB_STATUSES } from "@/lib/shared/jobs";

/** The fields of an image that leave the database: never the storage key to the browser. */
export const imageSelect = {
  id: true,
  userId: true,
  kind: true,
  title: true,
  prompt: true,
  revisedPrompt: true,
  engine: true,
  model: true,
  options: true,
  width: true,
  height: true,
  bytes: true,
  sha256: true,
  mime: true,
  storageKey: true,
  svgStorageKey: true,
  inputTokens: true,
  outputTokens: true,
  costMicroUsd: true,
  jobId: true,
  parentId: true,
  photoId: true,
  segmentId: true,
  variationType: true,
  printCheck: true,
  createdAt: true,
} as const;

export interface ImageRecord {
  id: string;
  userId: string;
  kind: string;
  title: string;
  prompt: string;
  revisedPrompt: string | null;
  engine: string;
  model: string;
  options: string;
  width: number;
  height: number;
  bytes: number;
  sha256: string;
  mime: string;
  storageKey: string;
  /** The normalised SVG's blob, when the page has a vector version. */
  svgStorageKey: string | null;
  inputTokens: number;
  outputTokens: number;
  costMicroUsd: number;
  jobId: string | null;
  parentId: string | null;
  photoId: string | null;
  segmentId: string | null;
  variationType: string | null;
  /** JSON of the page's print check, read through `printCheckSchema`. */
  printCheck: string | null;
  createdAt: Date;
}

/** The image if it belongs to the user; a foreign and a missing image look the same. */
export async function getImageOrThrow({ id, userId }: { id: string; userId: string }): Promise<ImageRecord> {
  const image = await db().image.findFirst({ where: { id, userId }, select: imageSelect });
  if (!image) throw new AppError("not_found:image", "This image does not exist.");
  return image;
}

/** The user's latest image made with this cache key (same engine, model, options and input). */
export async function findCachedImage({ userId, cacheKey }: { userId: string; cacheKey: string }, client: DbClient = db()): Promise<ImageRecord | null> {
  return client.image.findFirst({ where: { userId, cacheKey }, orderBy: { createdAt: "desc" }, select: imageSelect });
}

/** An image record whose file is already stored (see lib/jobs/persist). */
export interface NewImage {
  userId: string;
  kind: string;
  title: string;
  prompt: string;
  revisedPrompt: string | null;
  engine: string;
  model: string;
  options: string;
  width: number;
  height: number;
  bytes: number;
  sha256: string;
  storageKey: string;
  svgStorageKey: string | null;
  cacheKey: string | null;
  inputTokens: number;
  outputTokens: number;
  costMicroUsd: number;
  /** The job that made it; null for a picture uploaded into the library. */
  jobId: string | null;
  parentId: string | null;
  photoId: string | null;
  segmentId: string | null;
  variationType: string | null;
  printCheck: string | null;
}

export async function insertImage(client: DbClient, image: NewImage): Promise<string> {
  return (await client.image.create({ data: image, select: { id: true } })).id;
}

/**
 * The variation types already taken for a scene: by stored variations and by variation jobs
 * still open. Counted per segment (five at most in all), or per source image outside a script.
 */
export async function listTakenVariationTypes(
  client: DbClient,
  { userId, sourceImageId, segmentId }: { userId: string; sourceImageId: string; segmentId: string | null },
): Promise<string[]> {
  const scope = segmentId ? { segmentId } : { parentId: sourceImageId };
  const images = await client.image.findMany({ where: { userId, ...scope, variationType: { not: null } }, select: { variationType: true } });
  const open = await client.job.findMany({
    where: { userId, kind: "variation", status: { in: [...OPEN_JOB_STATUSES] }, ...(segmentId ? { segmentId } : {}) },
    select: { input: true },
  });
  const taken = [
    ...images.flatMap((i) => (i.variationType ? [i.variationType] : [])),
    ...open.flatMap((j) => {
      const type = variationTypeOf(j.input, segmentId ? undefined : sourceImageId);
      return type ? [type] : [];
    }),
  ];
  return [...new Set(taken)];
}

/** The variation type of an open job's input; only for `sourceImageId` when one is given. */
function variationTypeOf(input: string, sourceImageId: string | undefined): string | null {
  try {
    const value = JSON.parse(input) as { sourceImageId?: unknown; variationType?: unknown };
    const ours = sourceImageId === undefined || value.sourceImageId === sourceImageId;
    return ours && typeof value.variationType === "string" ? value.variationType : null;
  } catch {
    return null;
  }
}

export interface ListImagesInput {
  userId: string;
  cursor?: string;
  limit: number;
  kind?: string;
}

/** Newest first, keyset-paginated by id. */
export async function listImages({ userId, cursor, limit, kind }: ListImagesInput): Promise<{ items: ImageRecord[]; nextCursor: string | null }> {
  const rows = await db().image.findMany({
    where: { userId, ...(kind ? { kind } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: imageSelect,
  });
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}

/** Removes the record; returns its blobs' keys (the PNG, and the SVG if any) so the caller can remove them afterwards. */
export async function deleteImageRecord({ id, userId }: { id: string; userId: string }): Promise<{ storageKeys: string[] }> {
  const image = await getImageOrThrow({ id, userId });
  await db().image.delete({ where: { id: image.id } });
  return { storageKeys: imageBlobKeys(image) };
}

/** Every blob an image record owns. */
export function imageBlobKeys(image: Pick<ImageRecord, "storageKey" | "svgStorageKey">): string[] {
  return image.svgStorageKey ? [image.storageKey, image.svgStorageKey] : [image.storageKey];
}

import "server-only";
import { AppError } from "@/lib/errors";
import { db, type DbClient } from "./client";
import { imageSelect, type ImageRecord } from "./images";
import { jobStateSelect, toJobRecord, type JobState } from "./jobs";
import { OPEN_JOB_STATUSES } from "@/lib/shared/jobs";

export interface ScriptRecord {
  id: string;
  userId: string;
  title: string;
  style: string;
  customStyle: string | null;
  aspect: string;
  /** Image ids, in the user's order. */
  references: string[];
  createdAt: Date;
  updatedAt: Date;
}

export interface SegmentRecord {
  id: string;
  scriptId: string;
  position: number;
  timestamp: string;
  seconds: number;
  text: string;
  style: string | null;
  imageId: string | null;
}

/** A segment as saved: an `id` keeps an existing segment, none creates one. */
export interface SegmentWrite {
  id?: string;
  timestamp: string;
  seconds: number;
  text: string;
  style: string | null;
}

const scriptSelect = { id: true, userId: true, title: true, style: true, customStyle: true, aspect: true, references: true, createdAt: true, updatedAt: true } as const;
export const segmentSelect = { id: true, scriptId: true, position: true, timestamp: true, seconds: true, text: true, style: true, imageId: true } as const;

function toScriptRecord(row: Omit<ScriptRecord, "references"> & { references: string }): ScriptRecord {
  return { ...row, references: JSON.parse(row.references) as string[] };
}

export async function createScriptWithSegments(input: {
  userId: string;
  title: string;
  style: string;
  customStyle: string | null;
  aspect: string;
  segments: ReadonlyArray<Omit<SegmentWrite, "id">>;
}): Promise<ScriptRecord> {
  const { segments, ...script } = input;
  const row = await db().script.create({
    data: { ...script, segments: { create: segments.map((segment, position) => ({ ...segment, position })) } },
    select: scriptSelect,
  });
  return toScriptRecord(row);
}

/** The script if it is the user's; a foreign and a missing script look the same. */
export async function getScriptOrThrow({ id, userId }: { id: string; userId: string }): Promise<ScriptRecord> {
  const row = await db().script.findFirst({ where: { id, userId }, select: scriptSelect });
  if (!row) throw new AppError("not_found:script", "This script does not exist.");
  return toScriptRecord(row);
}

export interface ScriptSummary {
  id: string;
  title: string;
  style: string;
  aspect: string;
  segmentCount: number;
  illustratedCount: number;
  updatedAt: Date;
}

/** The user's scripts, most recently changed first, with how many segments have an image. */
export async function listScriptSummaries({ userId }: { userId: string }): Promise<ScriptSummary[]> {
  const rows = await db().script.findMany({
    where: { userId },
    orderBy: { updatedAt: "desc" },
    take: 500,
    select: { id: true, title: true, style: true, aspect: true, updatedAt: true, _count: { select: { segments: true } } },
  });
  const illustrated = await db().segment.groupBy({
    by: ["scriptId"],
    where: { scriptId: { in: rows.map((r) => r.id) }, imageId: { not: null } },
    _count: { _all: true },
  });
  const counts = new Map(illustrated.map((g) => [g.scriptId, g._count._all]));
  return rows.map(({ _count, ...row }) => ({ ...row, segmentCount: _count.segments, illustratedCount: counts.get(row.id) ?? 0 }));
}

/** Whether the segment exists in one of the user's scripts. */
export async function segmentExists({ id, userId }: { id: string; userId: string }): Promise<boolean> {
  return (await db().segment.count({ where: { id, script: { userId } } })) === 1;
}

/** A script's segments in order; `window` reads only `limit` of them from `offset`. */
export async function listSegments({ scriptId, window }: { scriptId: string; window?: { offset: number; limit: number } }): Promise<SegmentRecord[]> {
  return db().segment.findMany({ where: { scriptId }, orderBy: { position: "asc" }, select: segmentSelect, skip: window?.offset, take: window?.limit });
}

/** How many segments a script has, and how many of them have no image yet. */
export async function countSegments({ scriptId }: { scriptId: string }): Promise<{ total: number; missing: number }> {
  const [total, missing] = await Promise.all([db().segment.count({ where: { scriptId } }), db().segment.count({ where: { scriptId, imageId: null } })]);
  return { total, missing };
}

export interface ScriptPatchWrite {
  settings: { title?: string; style?: string; customStyle?: string | null; aspect?: string; references?: string[] };
  /** The whole ordered list: listed ids are updated in place, new segments created, unlisted ones deleted. */
  segments?: readonly SegmentWrite[];
  /** Chosen images (ids already checked to be the segment's). */
  choices?: ReadonlyArray<{ segmentId: string; imageId: string | null }>;
}

/**
 * Saves a checked change of a script in one transaction. Deleted segments' images stay in the
 * library. Segment ids must already be known to belong to the script.
 */
export async function applyScriptPatch({ id, userId, patch }: { id: string; userId: string; patch: ScriptPatchWrite }): Promise<void> {
  const { references, ...settings } = patch.settings;
  await db().$transaction(async (tx) => {
    const updated = await tx.script.updateMany({
      where: { id, userId },
      data: { ...settings, ...(references ? { references: JSON.stringify(references) } : {}), updatedAt: new Date() },
    });
    if (updated.count !== 1) throw new AppError("not_found:script", "This script does not exist.");
    if (patch.segments) {
      const keep = patch.segments.flatMap((s) => (s.id ? [s.id] : []));
      await tx.segment.deleteMany({ where: { scriptId: id, id: { notIn: keep } } });
      for (const [position, { id: segmentId, ...data }] of patch.segments.entries()) {
        if (segmentId) await tx.segment.updateMany({ where: { id: segmentId, scriptId: id }, data: { ...data, position } });
        else await tx.segment.create({ data: { ...data, position, scriptId: id }, select: { id: true } });
      }
    }
    for (const { segmentId, imageId } of patch.choices ?? []) {
      await tx.segment.updateMany({ where: { id: segmentId, scriptId: id }, data: { imageId } });
    }
  });
}

/**
 * Deletes the script with its segments, batches and every job made for it (in batches or for
 * its segments), in one transaction. Images stay in the library. Open jobs are marked canceled
 * first by the caller, so runners drop them.
 */
export async function deleteScriptRecord({ id, userId }: { id: string; userId: string }): Promise<void> {
  await db().$transaction(async (tx) => {
    const script = await tx.script.findFirst({ where: { id, userId }, select: { id: true } });
    if (!script) throw new AppError("not_found:script", "This script does not exist.");
    await tx.job.deleteMany({ where: { userId, OR: [{ segment: { scriptId: id } }, { batch: { scriptId: id } }] } });
    await tx.script.delete({ where: { id } });
  });
}

/** Ids of the user's queued or running jobs for these segments (any kind), or for the whole script. */
export async function listOpenSegmentJobIds({ userId, scriptId, segmentIds }: { userId: string; scriptId: string; segmentIds?: string[] }): Promise<string[]> {
  const rows = await db().job.findMany({
    where: {
      userId,
      status: { in: [...OPEN_JOB_STATUSES] },
      OR: segmentIds ? [{ segmentId: { in: segmentIds } }] : [{ segment: { scriptId } }, { batch: { scriptId } }],
    },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** Every image made for these segments (scenes, variations, edits), newest first. */
export async function listSegmentImages({ userId, segmentIds }: { userId: string; segmentIds: string[] }): Promise<ImageRecord[]> {
  if (segmentIds.length === 0) return [];
  return db().image.findMany({ where: { userId, segmentId: { in: segmentIds } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: imageSelect });
}

/** The user's images among these ids (others' and missing ones are simply absent). */
export async function listUserImagesByIds({ userId, ids }: { userId: string; ids: readonly string[] }): Promise<ImageRecord[]> {
  if (ids.length === 0) return [];
  return db().image.findMany({ where: { userId, id: { in: [...ids] } }, select: imageSelect });
}

/** The latest job of each segment (any kind), by segment id. */
export async function latestSegmentJobs({ userId, segmentIds }: { userId: string; segmentIds: string[] }): Promise<Map<string, JobState>> {
  const out = new Map<string, JobState>();
  if (segmentIds.length === 0) return out;
  const rows = await db().job.findMany({ where: { userId, segmentId: { in: segmentIds } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: jobStateSelect });
  for (const row of rows) if (row.segmentId && !out.has(row.segmentId)) out.set(row.segmentId, toJobRecord<JobState>(row));
  return out;
}

/** Makes the image the segment's chosen one, unless the segment already has one. */
export async function chooseSegmentImageIfUnset(client: DbClient, { segmentId, imageId }: { segmentId: string; imageId: string }): Promise<void> {
  await client.segment.updateMany({ where: { id: segmentId, imageId: null }, data: { imageId } });
}

import "server-only";
import { applyScriptPatch, getScriptOrThrow, listOpenSegmentJobIds, listSegments, listUserImagesByIds, type SegmentRecord, type SegmentWrite } from "@/lib/db/scripts";
import { AppError } from "@/lib/errors";
import { cancelJobs } from "@/lib/jobs";
import { formatTimestamp, readTimestamp, scriptError } from "./parse";
import { normalizeSpaces } from "./parse/lines";
import type { PatchScript } from "./schema";
import { validateSegments } from "@/lib/shared/segment-ops";

type SegmentPatch = NonNullable<PatchScript["segments"]>[number];
type ChoicePatch = NonNullable<PatchScript["choices"]>[number];

/** The edited list checked like a parsed script; errors carry `line` = the 1-based segment number. */
function checkSegments(list: readonly SegmentPatch[], existing: readonly SegmentRecord[]): SegmentWrite[] {
  const known = new Set(existing.map((s) => s.id));
  const seen = new Set<string>();
  const out = list.map((segment, index): SegmentWrite => {
    const label = `Segment ${index + 1}`;
    if (segment.id) {
      if (!known.has(segment.id)) throw new AppError("not_found:segment", `${label}: this script has no such segment.`, { line: index + 1 });
      if (seen.has(segment.id)) throw scriptError(index + 1, `${label}: the same segment is listed twice.`);
      seen.add(segment.id);
    }
    const reading = readTimestamp(segment.timestamp);
    if ("reason" in reading) throw scriptError(index + 1, `${label}: ${reading.reason}.`);
    return { id: segment.id, timestamp: formatTimestamp(reading.seconds), seconds: reading.seconds, text: normalizeSpaces(segment.text), style: segment.style ?? null };
  });
  validateSegments(out);
  return out;
}

/** Reference ids, each once, all the user's (another user's id is a 404 like a missing one). */
async function checkReferences(userId: string, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  const found = new Set((await listUserImagesByIds({ userId, ids: unique })).map((i) => i.id));
  const missing = unique.find((id) => !found.has(id));
  if (missing) throw new AppError("not_found:image", "A reference image does not exist.", { imageId: missing });
  return unique;
}

/** Each choice is one of the segment's own images (or null to clear it). */
async function checkChoices(userId: string, choices: readonly ChoicePatch[], segmentIds: ReadonlySet<string>): Promise<ChoicePatch[]> {
  const images = new Map((await listUserImagesByIds({ userId, ids: choices.flatMap((c) => (c.imageId ? [c.imageId] : [])) })).map((i) => [i.id, i]));
  for (const { segmentId, imageId } of choices) {
    if (!segmentIds.has(segmentId)) throw new AppError("not_found:segment", "This script has no such segment.", { segmentId });
    if (!imageId) continue;
    const image = images.get(imageId);
    if (!image) throw new AppError("not_found:image", "This image does not exist.", { imageId });
    if (image.segmentId !== segmentId) {
      throw new AppError("invalid:choice", "This image was not made for this segment; choose among the segment's own images.", { segmentId, imageId });
    }
  }
  return [...choices];
}

/**
 * Changes a script's settings, references, segments (the whole ordered list) and chosen images.
 * Everything is checked before anything is written, then saved in one transaction; jobs of
 * deleted segments are stopped.
 */
export async function updateScript({ id, userId, patch }: { id: string; userId: string; patch: PatchScript }): Promise<void> {
  const script = await getScriptOrThrow({ id, userId });
  const existing = await listSegments({ scriptId: id });
  const segments = patch.segments ? checkSegments(patch.segments, existing) : undefined;
  const style = patch.style ?? script.style;
  const customStyle = patch.customStyle !== undefined ? patch.customStyle : script.customStyle;
  const usesCustom = style === "custom" || (segments ?? existing).some((s) => s.style === "custom");
  if (usesCustom && !customStyle) {
    throw new AppError("invalid:input", "Describe your own style to use the custom style.", { fields: { customStyle: "Describe your own style." } });
  }
  const references = patch.references ? await checkReferences(userId, patch.references) : undefined;
  const kept = new Set(segments ? segments.flatMap((s) => (s.id ? [s.id] : [])) : existing.map((s) => s.id));
  const choices = patch.choices ? await checkChoices(userId, patch.choices, kept) : undefined;

  const removed = existing.filter((s) => !kept.has(s.id)).map((s) => s.id);
  if (removed.length > 0) await cancelJobs({ userId, scope: { ids: await listOpenSegmentJobIds({ userId, scriptId: id, segmentIds: removed }) } });
  const settings = { title: patch.title, style: patch.style, customStyle: patch.customStyle, aspect: patch.aspect, references };
  await applyScriptPatch({ id, userId, patch: { settings, segments, choices } });
}

import { exportFileName } from "../export-names";
import { normalizeSpaces } from "../parse/lines";
import { clipName, isGapLabel } from "../timeline/plan";
import type { MatchKind } from "@/lib/shared/timing";
import { timingError, type TimedClip } from "./types";

export type { MatchKind } from "@/lib/shared/timing";

export interface MatchableSegment {
  id: string;
  timestamp: string;
  text: string;
}

export interface ClipMatch {
  segmentIndex: number;
  clip: TimedClip;
  by: MatchKind;
}

export interface IgnoredClip {
  clip: TimedClip;
  /** "duplicate": its segment already has a clip; "foreign": not a still of this script; "extra": no segment left for it. */
  reason: "duplicate" | "foreign" | "extra";
}

/** Inkwell's download names start with the segment's number ("003_0-30_…"), and so do its gaps ("003 (no image)"). */
const looksExported = (value: string | undefined) => value !== undefined && (/^\d{3,}_/.test(value) || isGapLabel(value));

/** The clip's segment by identity: the first segment with one of its keys that has no clip yet, or a taken one (a duplicate). */
function anchorOf(clip: TimedClip, keys: Map<string, number[]>, taken: ReadonlySet<number>): { index: number; by: MatchKind } | null {
  const tries: Array<[string | undefined, MatchKind]> = [
    [clip.segmentId && `id:${clip.segmentId}`, "id"],
    [clip.file && `name:${clip.file}`, "name"],
    [clip.name && `name:${clip.name}`, "name"],
    [clip.text !== undefined ? `text:${normalizeSpaces(clip.text)}` : undefined, "text"],
  ];
  for (const [key, by] of tries) {
    const candidates = key ? keys.get(key) : undefined;
    if (candidates && candidates.length > 0) return { index: candidates.find((index) => !taken.has(index)) ?? candidates[0]!, by };
  }
  return null;
}

/**
 * Ties the clips of an edited timeline (in time order) to the script's segments. First by
 * identity: the segment id in the clip's metadata, the image's file or clip name as Inkwell
 * exported it, or a cue's exact text. Then by order: between two tied clips, the remaining
 * clips go to the remaining segments in turn. A timeline clip that does not carry an exported
 * name is someone else's media and is left alone; subtitles have no names, so every cue counts.
 * Timing back never reorders scenes: clips tied out of the script's order are refused.
 */
export function matchClips(segments: readonly MatchableSegment[], clips: readonly TimedClip[], subtitles: boolean): { matches: ClipMatch[]; ignored: IgnoredClip[] } {
  const keys = new Map<string, number[]>();
  const add = (key: string, index: number) => keys.set(key, [...(keys.get(key) ?? []), index]);
  segments.forEach((segment, index) => {
    const file = exportFileName(index, segment.timestamp, segment.text);
    add(`id:${segment.id}`, index);
    add(`name:${file}`, index);
    add(`name:${clipName(file)}`, index);
    add(`text:${segment.text}`, index);
  });

  const ignored: IgnoredClip[] = [];
  const anchors: ClipMatch[] = [];
  const candidates: TimedClip[][] = [[]];
  const taken = new Set<number>();
  for (const clip of clips) {
    const anchor = anchorOf(clip, keys, taken);
    if (anchor && taken.has(anchor.index)) ignored.push({ clip, reason: "duplicate" });
    else if (anchor) {
      const previous = anchors.at(-1);
      if (previous && anchor.index < previous.segmentIndex) {
        throw timingError(
          `"${clip.name}" comes after "${previous.clip.name}" in the timeline but before it in the script. Timing back keeps the script's order: put the clips back in order, or reorder the script first.`,
        );
      }
      taken.add(anchor.index);
      anchors.push({ segmentIndex: anchor.index, clip, by: anchor.by });
      candidates.push([]);
    } else if (subtitles || looksExported(clip.name) || looksExported(clip.file)) candidates.at(-1)!.push(clip);
    else ignored.push({ clip, reason: "foreign" });
  }

  // Between anchors k-1 and k (with the script's ends as bounds), pair the rest in order.
  const matches: ClipMatch[] = [];
  for (let k = 0; k <= anchors.length; k++) {
    const from = k === 0 ? 0 : anchors[k - 1]!.segmentIndex + 1;
    const to = k === anchors.length ? segments.length : anchors[k]!.segmentIndex;
    const free = Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i).filter((index) => !taken.has(index));
    candidates[k]!.forEach((clip, i) => {
      const segmentIndex = free[i];
      if (segmentIndex === undefined) ignored.push({ clip, reason: "extra" });
      else matches.push({ segmentIndex, clip, by: "order" });
    });
    if (k < anchors.length) matches.push(anchors[k]!);
  }
  return { matches: matches.sort((a, b) => a.segmentIndex - b.segmentIndex), ignored };
}

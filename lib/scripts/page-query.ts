import { z } from "zod";

/** The most segments one page of a script may hold. */
export const MAX_SEGMENT_PAGE = 100;

/** A whole number written in digits only, so "1.5", "-1", "1e2" and "" are refused, not rounded. */
const digits = (field: string) => z.string().regex(/^\d{1,9}$/, `${field} must be a whole number.`).transform(Number);

export const segmentOffsetSchema = digits("offset").pipe(z.number().int().min(0, "offset must be 0 or more."));
export const segmentLimitSchema = digits("limit").pipe(
  z.number().int().min(1, `limit must be 1 to ${MAX_SEGMENT_PAGE}.`).max(MAX_SEGMENT_PAGE, `limit must be 1 to ${MAX_SEGMENT_PAGE}.`),
);

/** A window of a script's segments: from `offset` (0 by default), at most `limit` (100 by default). */
export interface SegmentWindow {
  offset: number;
  limit: number;
}

/** The window asked for, or undefined when neither `offset` nor `limit` was given (every segment). */
export function segmentWindow(query: { offset?: number; limit?: number }): SegmentWindow | undefined {
  if (query.offset === undefined && query.limit === undefined) return undefined;
  return { offset: query.offset ?? 0, limit: query.limit ?? MAX_SEGMENT_PAGE };
}

import { z } from "zod";
import { AGE_GROUPS } from "../paper";
import { PRINT_CHECK_REASONS, type PrintCheck } from "./types";

const box = z.object({ left: z.number(), top: z.number(), width: z.number(), height: z.number() });
const reason = z.object({
  code: z.enum(PRINT_CHECK_REASONS),
  value: z.number(),
  limit: z.number(),
  unit: z.enum(["share", "mm", "mm2", "count"]),
  message: z.string(),
});
const base = { pass: z.boolean(), reasons: z.array(reason), locations: z.array(box) };
const millimetres = z.number().nullable();

/** A stored print check, read back (from the database or an API answer) and validated. */
export const printCheckSchema: z.ZodType<PrintCheck> = z.object({
  version: z.literal(1),
  ageGroup: z.enum(AGE_GROUPS),
  pass: z.boolean(),
  page: z.object({ width: z.number().int().positive(), height: z.number().int().positive(), dpi: z.number().positive() }),
  thresholds: z.object({
    minLineMm: z.number(),
    minAreaMm2: z.number(),
    maxSliverShare: z.number(),
    maxGapMm: z.number(),
    maxSpeckMm2: z.number(),
    solidWidthMm: z.number(),
    maxSolidMm2: z.number(),
    coverage: z.object({ min: z.number(), max: z.number() }),
  }),
  items: z.object({
    grey: z.object({ ...base, share: z.number(), pixels: z.number().int() }),
    coverage: z.object({ ...base, share: z.number() }),
    lines: z.object({ ...base, medianMm: millimetres, p5Mm: millimetres }),
    areas: z.object({ ...base, count: z.number().int(), smallestMm2: millimetres, slivers: z.number().int() }),
    leaks: z.object({ ...base, count: z.number().int(), narrowestMm: millimetres }),
    specks: z.object({ ...base, count: z.number().int(), holes: z.number().int() }),
    solids: z.object({ ...base, count: z.number().int(), largestMm2: millimetres }),
  }),
});

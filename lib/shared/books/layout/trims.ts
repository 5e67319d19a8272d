import { inchesToPoints, type Size } from "./units";

/** The trim sizes a book can have, each portrait. */
export const TRIM_IDS = ["letter", "a4", "8x10", "8.5x8.5", "6x9"] as const;
export type TrimId = (typeof TRIM_IDS)[number];

/** Finished page sizes in inches (A4 is exactly 210 × 297 mm). */
const TRIM_INCHES: Readonly<Record<TrimId, Size>> = {
  letter: { width: 8.5, height: 11 },
  a4: { width: 210 / 25.4, height: 297 / 25.4 },
  "8x10": { width: 8, height: 10 },
  "8.5x8.5": { width: 8.5, height: 8.5 },
  "6x9": { width: 6, height: 9 },
};

export function isTrimId(value: string): value is TrimId {
  return (TRIM_IDS as readonly string[]).includes(value);
}

/** A trim's width and height in inches. */
export function trimInches(trim: TrimId): Size {
  return TRIM_INCHES[trim];
}

/** A trim's width and height in PDF points. */
export function trimPoints(trim: TrimId): Size {
  const { width, height } = TRIM_INCHES[trim];
  return { width: inchesToPoints(width), height: inchesToPoints(height) };
}

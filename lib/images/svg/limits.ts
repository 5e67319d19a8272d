import { AppError } from "@/lib/errors";

/** Bounds on an SVG Inkwell accepts: generous for a coloring page, small enough to parse safely. */
export const SVG_LIMITS = {
  /** Bytes of the document. */
  maxBytes: 4 * 1024 * 1024,
  /** Elements, after `<use>` references are copied in. */
  maxElements: 20_000,
  /** Nesting of elements. */
  maxDepth: 48,
  /** Characters of one attribute value (long path data included). */
  maxAttributeChars: 400_000,
  /** The canvas side, in user units, beyond which the document is refused. */
  maxCanvasSide: 100_000,
} as const;

/** A document Inkwell refuses: never shown raw to anyone, and never stored. */
export function svgError(message: string): AppError {
  return new AppError("invalid:svg", `The SVG image was refused: ${message}`);
}

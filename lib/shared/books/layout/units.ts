/** PDF points per inch. */
export const POINTS_PER_INCH = 72;
/** Book pages are printed at 300 DPI: page art is resampled to exactly this, never more. */
export const PRINT_DPI = 300;

export function inchesToPoints(inches: number): number {
  return inches * POINTS_PER_INCH;
}

/** Pixels at 300 DPI for a length in points. */
export function pointsToPixels(points: number): number {
  return Math.max(1, Math.round((points / POINTS_PER_INCH) * PRINT_DPI));
}

/** A rectangle in PDF points, measured from the top-left corner of its page. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** `inner` (a width × height picture) scaled to fit inside `outer` and centred; never stretched. */
export function fitInside(inner: Size, outer: Box): Box {
  const scale = Math.min(outer.width / inner.width, outer.height / inner.height);
  const width = inner.width * scale;
  const height = inner.height * scale;
  return { x: outer.x + (outer.width - width) / 2, y: outer.y + (outer.height - height) / 2, width, height };
}

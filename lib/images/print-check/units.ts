import { DPI } from "../paper";

/** Pixels in one millimetre at the print resolution (300 DPI). */
export const PX_PER_MM = DPI / 25.4;

/** A length in pixels at 300 DPI, in millimetres. */
export function pxToMm(px: number): number {
  return px / PX_PER_MM;
}

/** A length in millimetres, in pixels at 300 DPI. */
export function mmToPx(mm: number): number {
  return mm * PX_PER_MM;
}

/** An area in pixels at 300 DPI, in square millimetres. */
export function px2ToMm2(px2: number): number {
  return px2 / (PX_PER_MM * PX_PER_MM);
}

/** An area in square millimetres, in pixels at 300 DPI. */
export function mm2ToPx2(mm2: number): number {
  return mm2 * PX_PER_MM * PX_PER_MM;
}

/** Rounds a reported measure to two decimals, so stored results stay short and stable. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The print check and the repair of pages: pure functions on a page's pixels, measured at 300 DPI
 * and reported in millimetres, for every page from any engine.
 */
export { checkPage, MAX_LOCATIONS } from "./check";
export { repairPage, repairAndCheckPage, repairReachPx } from "./repair";
export { PRINT_THRESHOLDS } from "./thresholds";
export { listCorrections, buildCorrectivePrompt } from "./describe";
export { isBetterPrintCheck } from "./compare";
export { printCheckSchema } from "./schema";
export { readPageRaster, encodePageRaster } from "./png";
export { PRINT_CHECK_ITEMS, PRINT_CHECK_REASONS } from "./types";
export type {
  PageRaster,
  PixelBox,
  PrintCheck,
  PrintCheckItemBase,
  PrintCheckItemId,
  PrintCheckOptions,
  PrintCheckReason,
  PrintCheckReasonCode,
  PrintThresholds,
  RepairResult,
  RepairSummary,
  RepairedPage,
} from "./types";

import type { AgeGroup } from "../paper";
import type { PixelBox, PrintCheck } from "@/lib/shared/print-check";

export { PRINT_CHECK_ITEMS, PRINT_CHECK_REASONS } from "@/lib/shared/print-check";
export type {
  AreasItem,
  CoverageItem,
  GreyItem,
  LeaksItem,
  LinesItem,
  PixelBox,
  PrintCheck,
  PrintCheckItemBase,
  PrintCheckItemId,
  PrintCheckReason,
  PrintCheckReasonCode,
  PrintThresholds,
  SolidsItem,
  SpecksItem,
} from "@/lib/shared/print-check";

/** A page's pixels: row-major, interleaved channels, 8 bits each (as sharp's `raw()` gives them). */
export interface PageRaster {
  width: number;
  height: number;
  /** 1 (grey), 3 (RGB) or 4 (RGBA). */
  channels: 1 | 3 | 4;
  data: Uint8Array;
}

/** What a page is checked against. */
export interface PrintCheckOptions {
  ageGroup: AgeGroup;
  /** The colored reference inset, left out of every measure. */
  referenceBox?: PixelBox;
}

/** What `repairPage` changed (summed over the rounds of `repairAndCheckPage`). */
export interface RepairSummary {
  /** Grey or colored pixels outside the reference made pure black or white. */
  greyPixels: number;
  specksRemoved: number;
  /** Pinholes (enclosed paper smaller than a speck) filled with ink. */
  holesFilled: number;
  gapsClosed: number;
  /** Stretches of line thickened to the age's minimum. */
  linesThickened: number;
  solidsOpened: number;
  /** Pixels whose value differs from the page given. 0 means the page came back untouched. */
  changedPixels: number;
}

export interface RepairResult {
  page: PageRaster;
  repairs: RepairSummary;
}

export interface RepairedPage extends RepairResult {
  /** The check of the repaired page. */
  check: PrintCheck;
}

import type { AgeGroup, Orientation, Paper } from "@/lib/shared/options";

/** Paper sizes and line weights for print-ready pages, all at 300 DPI. */
export const DPI = 300;

export { AGE_GROUPS, ORIENTATIONS, PAPERS, type AgeGroup, type Orientation, type Paper } from "@/lib/shared/options";

/** Portrait sizes in pixels at 300 DPI: Letter 8.5×11 in, A4 210×297 mm. */
const PORTRAIT: Record<Paper, { width: number; height: number }> = {
  letter: { width: 2550, height: 3300 },
  a4: { width: 2480, height: 3508 },
};

/** Half an inch: inside the unprintable border of every common home printer. */
export const MARGIN_PX = 150;

export interface PageBox {
  width: number;
  height: number;
  /** The printable area inside the margins. */
  content: { left: number; top: number; width: number; height: number };
}

export function pageBox(paper: Paper, orientation: Orientation): PageBox {
  const portrait = PORTRAIT[paper];
  const { width, height } =
    orientation === "portrait" ? portrait : { width: portrait.height, height: portrait.width };
  return {
    width,
    height,
    content: { left: MARGIN_PX, top: MARGIN_PX, width: width - 2 * MARGIN_PX, height: height - 2 * MARGIN_PX },
  };
}

/** Paper size in PDF points (1/72 in). */
export function paperPoints(paper: Paper, orientation: Orientation): { width: number; height: number } {
  const box = pageBox(paper, orientation);
  return { width: (box.width / DPI) * 72, height: (box.height / DPI) * 72 };
}

export interface AgeStyle {
  /** The thinnest line a page for this age may have, in pixels at 300 DPI. */
  minLinePx: number;
  /** The outline width used when drawing, in pixels at 300 DPI. */
  linePx: number;
  /** How many subjects a composed scene may hold, and how much background detail. */
  maxSubjects: number;
  detail: "low" | "medium" | "high";
  /** Words for the image model's prompt. */
  promptHint: string;
}

export const AGE_STYLES: Record<AgeGroup, AgeStyle> = {
  "3-5": {
    minLinePx: 9,
    linePx: 14,
    maxSubjects: 2,
    detail: "low",
    promptHint: "for children aged 3 to 5: very thick bold outlines, a few very large simple shapes, no small details",
  },
  "6-9": {
    minLinePx: 6,
    linePx: 10,
    maxSubjects: 3,
    detail: "medium",
    promptHint: "for children aged 6 to 9: thick clean outlines, large shapes, a little simple detail",
  },
  "10-12": {
    minLinePx: 4,
    linePx: 7,
    maxSubjects: 4,
    detail: "medium",
    promptHint: "for children aged 10 to 12: clean medium outlines, more detail and patterns to color",
  },
  adult: {
    minLinePx: 3,
    linePx: 5,
    maxSubjects: 5,
    detail: "high",
    promptHint: "for adults: fine clean outlines, intricate detail and decorative patterns",
  },
};

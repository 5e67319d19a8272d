import { imposePages, sideOf, type FrontMatter, type PageSide, type SlotKind } from "./impose";
import { pageCountProblem, type PodPaper } from "./kdp";
import { marginsFor, pageGeometry, type Margins, type PageGeometry, type PrintMode } from "./page-geometry";
import type { TrimId } from "./trims";
import { fitInside, type Box, type Size } from "./units";

/** A book's settings and pages, as much as laying it out needs. */
export interface BookLayoutInput {
  trim: TrimId;
  printOnDemand: { bleed: boolean; paper: PodPaper } | null;
  blankBacks: boolean;
  pageNumbers: boolean;
  frontMatter: FrontMatter;
  /** The coloring pages in order, each with the size of its art (the ink's bounding box) in pixels. */
  pages: ReadonlyArray<{ id: string; art: Size }>;
}

/** One physical page of the interior. */
export interface LaidOutPage extends PageGeometry {
  /** 1-based; odd numbers are right-hand pages. */
  number: number;
  side: PageSide;
  kind: SlotKind;
  pageId: string | null;
  /** Where a coloring page's art is drawn: fitted inside `art`, centred, never stretched. */
  picture: Box | null;
  /** Printed in `numberBand` on coloring pages when page numbers are on. */
  printedNumber: string | null;
}

export type LayoutProblem = "no_pages" | "too_few_pages" | "too_many_pages";

export interface BookLayout {
  mode: PrintMode["kind"];
  trim: TrimId;
  pageCount: number;
  margins: Margins;
  pages: LaidOutPage[];
  /** Why the interior cannot be exported as it is (print-on-demand page counts, an empty book). */
  problems: LayoutProblem[];
}

export function printModeOf(printOnDemand: BookLayoutInput["printOnDemand"]): PrintMode {
  return printOnDemand ? { kind: "print-on-demand", bleed: printOnDemand.bleed } : { kind: "home" };
}

/**
 * Lays a book out: imposition (front matter, blank backs, even padding), mirrored margins from
 * the page count, and where each page's art and number go. Pure: the preview and the PDF use it.
 */
export function layoutBook(input: BookLayoutInput): BookLayout {
  const mode = printModeOf(input.printOnDemand);
  const slots = imposePages({ pageIds: input.pages.map((p) => p.id), frontMatter: input.frontMatter, blankBacks: input.blankBacks });
  const margins = marginsFor(mode, slots.length);
  const artById = new Map(input.pages.map((p) => [p.id, p.art]));
  const pages = slots.map((slot, index): LaidOutPage => {
    const number = index + 1;
    const side = sideOf(number);
    const geometry = pageGeometry({ trim: input.trim, mode, margins, side, pageNumbers: input.pageNumbers });
    const art = slot.pageId ? artById.get(slot.pageId) : undefined;
    const coloring = slot.kind === "coloring";
    return {
      ...geometry,
      number,
      side,
      kind: slot.kind,
      pageId: slot.pageId,
      picture: coloring && art ? fitInside(art, geometry.art) : null,
      printedNumber: coloring && input.pageNumbers ? String(number) : null,
    };
  });
  const problems: LayoutProblem[] = [];
  if (input.pages.length === 0) problems.push("no_pages");
  if (mode.kind === "print-on-demand") {
    const problem = pageCountProblem(slots.length);
    if (problem) problems.push(problem);
  }
  return { mode: mode.kind, trim: input.trim, pageCount: slots.length, margins, pages, problems };
}

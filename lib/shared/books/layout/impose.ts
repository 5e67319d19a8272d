/** What a physical page of the interior holds. */
export type SlotKind = "title" | "credits" | "belongs" | "coloring" | "blank";

/** A right-hand (odd, recto) or left-hand (even, verso) page: page 1 is on the right. */
export type PageSide = "right" | "left";

export interface PageSlot {
  kind: SlotKind;
  /** The book page a coloring slot shows. */
  pageId: string | null;
}

/** The optional pages before the coloring pages. */
export interface FrontMatter {
  titlePage: boolean;
  belongsTo: boolean;
  credits: boolean;
}

export interface ImposeInput {
  pageIds: readonly string[];
  frontMatter: FrontMatter;
  /** Each coloring page on a right-hand page with an empty back, so markers do not bleed through. */
  blankBacks: boolean;
}

export function sideOf(pageNumber: number): PageSide {
  return pageNumber % 2 === 1 ? "right" : "left";
}

const blank = (): PageSlot => ({ kind: "blank", pageId: null });

/**
 * The interior's physical pages in order: the title page, its back for the copyright and credits,
 * "This book belongs to", then the coloring pages; with blank backs every coloring page lands on a
 * right-hand page (a blank page is inserted before it when needed) and is followed by a blank page.
 * The count is padded to an even number with blank pages at the end.
 */
export function imposePages({ pageIds, frontMatter, blankBacks }: ImposeInput): PageSlot[] {
  const slots: PageSlot[] = [];
  if (frontMatter.titlePage) slots.push({ kind: "title", pageId: null });
  if (frontMatter.credits) slots.push({ kind: "credits", pageId: null });
  if (frontMatter.belongsTo) slots.push({ kind: "belongs", pageId: null });
  for (const pageId of pageIds) {
    // The next page's number is slots.length + 1: odd numbers are right-hand pages.
    if (blankBacks && sideOf(slots.length + 1) === "left") slots.push(blank());
    slots.push({ kind: "coloring", pageId });
    if (blankBacks) slots.push(blank());
  }
  if (slots.length % 2 === 1) slots.push(blank());
  return slots;
}

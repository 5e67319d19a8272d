import type { Locale } from "@/lib/i18n/locales";
import type { FrontMatter, LayoutProblem, PodPaper, TrimId } from "./layout";
import type { BatchView } from "../views";

// What the books API answers: plain, client-safe shapes (the pages and components use them too).

/** A book's print settings. */
export interface BookSettings {
  trim: TrimId;
  printOnDemand: { bleed: boolean; paper: PodPaper } | null;
  blankBacks: boolean;
  pageNumbers: boolean;
  frontMatter: FrontMatter;
  language: Locale;
}

/** Where a page's ink is in its image, in pixels. */
export interface CropBoxView {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A library image as a book shows it. */
export interface BookImageView {
  id: string;
  kind: string;
  title: string;
  engine: string;
  width: number;
  height: number;
  fileUrl: string;
}

export interface BookPageView {
  id: string;
  position: number;
  imageId: string;
  image: BookImageView;
  /** Where the drawing is in the image: the book re-fits this box onto its trim. */
  crop: CropBoxView;
  color: boolean;
}

export interface BookView extends BookSettings {
  id: string;
  title: string;
  subtitle: string | null;
  author: string | null;
  blurb: string | null;
  theme: string | null;
  coverSeed: number;
  coverImage: BookImageView | null;
  pages: BookPageView[];
  /** The interior's page count, and what stops it from being exported (print-on-demand page counts, no pages). */
  interior: { pageCount: number; problems: LayoutProblem[] };
  /** The wraparound cover's size, for print-on-demand books. */
  cover: { widthInches: number; heightInches: number; spineWidthInches: number; spineText: boolean } | null;
  /**
   * The batches making the book's pages that are still running, or finished with pages that
   * failed or were canceled (which can be retried), newest first: the editor follows them again
   * after a reload.
   */
  batches: BatchView[];
  createdAt: string;
  updatedAt: string;
}

export interface BookListItem {
  id: string;
  title: string;
  trim: string;
  printOnDemand: boolean;
  /** The book's coloring pages (not counting front matter and blank pages). */
  pageCount: number;
  thumbnailUrl: string | null;
  updatedAt: string;
}

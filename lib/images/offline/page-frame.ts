import type { OfflineAgeProfile } from "./age-profile";
import type { Random } from "./random";
import type { Box } from "./scene";

/** Where a coloring page is drawn and with what: shared by scenes and designs. */
export interface PageFrame {
  width: number;
  height: number;
  /** A thousandth of the page's shorter side. */
  unit: number;
  /** Space kept clear along the page's sides. */
  margin: number;
  /** The top of the drawing area (below the title when there is one). */
  top: number;
  /** The title's box, or null. */
  title: Box | null;
  /** The colored reference's box (bottom right), or null: nothing important goes under it. */
  inset: Box | null;
  profile: OfflineAgeProfile;
  random: Random;
}

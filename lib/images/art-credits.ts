import { ART_CREDITS, type ArtCredit } from "@/lib/images/offline/credits";

/** Where the offline engine's bundled artwork, data and type come from, for the About page. */
export function listArtCredits(): readonly ArtCredit[] {
  return ART_CREDITS;
}

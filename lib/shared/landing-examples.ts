import type { Locale } from "@/lib/i18n/locales";
import type { AgeGroup } from "./options";

/**
 * The example pages of the landing page: PNGs drawn once by the offline engine with
 * scripts/landing-examples.ts and committed under public/examples (never drawn or fetched at run
 * time). Each exists in English and in French, since its title is printed on the page.
 */
export interface LandingExample {
  id: "dinosaurs" | "castle" | "sea";
  ageGroup: AgeGroup;
  /** File name of the English page; the French one ends in `-fr`. */
  file: string;
}

export const LANDING_EXAMPLES: readonly LandingExample[] = [
  { id: "dinosaurs", ageGroup: "6-9", file: "dinosaurs-at-the-beach" },
  { id: "castle", ageGroup: "6-9", file: "castle-with-a-dragon" },
  { id: "sea", ageGroup: "3-5", file: "under-the-sea" },
];

/** Pixel size of every example (Letter portrait, 480 pixels wide). */
export const LANDING_EXAMPLE_SIZE = { width: 480, height: 621 } as const;

/** "/examples/under-the-sea-fr.png": the example drawn with its title in the reader's language. */
export function landingExampleUrl(example: LandingExample, locale: Locale): string {
  return `/examples/${example.file}${locale === "en" ? "" : `-${locale}`}.png`;
}

import { AGE_STYLES, type AgeGroup, type Orientation, type Paper } from "../paper";

const PAPER_WORDS: Record<Paper, string> = {
  letter: "US Letter (8.5×11 inch)",
  a4: "A4 (210×297 mm)",
};

export interface ColoringPromptInput {
  scene: string;
  title?: string;
  ageGroup: AgeGroup;
  paper: Paper;
  orientation: Orientation;
  reference: boolean;
}

/**
 * The image prompt for a coloring page, after the print-oriented prompt of the reference coloring
 * service: clean black outlines on white, no grey or fills, sized for paper, tuned to an age group,
 * optionally with a small colored reference in the bottom-right corner.
 */
export function buildColoringPrompt(input: ColoringPromptInput): string {
  const age = AGE_STYLES[input.ageGroup];
  const parts = [
    `A black and white line drawing for a coloring page, to be printed on ${PAPER_WORDS[input.paper]} paper in ${input.orientation} orientation, without paper borders.`,
    "Fresh and simple style with clear, smooth, closed black outlines; no shadows, no grayscale, no hatching, no color fills; a pure white background so every area can be colored.",
    `Designed ${age.promptHint}.`,
  ];
  if (input.title) {
    parts.push(`At the top, the title "${input.title}" in large rounded outline letters (white inside, black outline).`);
  }
  if (input.reference) {
    parts.push(
      "In the bottom-right corner, a small fully colored version of the same drawing inside a thin black frame, as a coloring guide; everything outside that small frame stays black outlines on white.",
    );
  }
  parts.push(`Subject: ${input.scene}`);
  return parts.join("\n\n");
}

/** Instructions for the text model that turns a theme into one scene for a coloring page. */
export function themeExpansionInstructions(ageGroup: AgeGroup): string {
  return [
    "You write scene descriptions for children's coloring pages.",
    `Turn the user's theme (any language) into ONE short English scene description (at most 45 words) for a page ${AGE_STYLES[ageGroup].promptHint}.`,
    "Name the main subject and two or three supporting elements and the setting. Friendly, safe for children, no text or letters in the scene, no brand names.",
    "Answer with the description only.",
  ].join(" ");
}

/** Instructions for a vision model describing a photo to redraw as a coloring page. */
export function photoDescriptionInstructions(ageGroup: AgeGroup): string {
  return [
    "You describe photos so that an illustrator can redraw them as a children's coloring page.",
    `Describe in at most 60 English words the main subject, its pose and its key visible features, and the main background elements, for a page ${AGE_STYLES[ageGroup].promptHint}.`,
    "Do not name or guess who a person is, their age, ethnicity or location; no text from the photo. Answer with the description only.",
  ].join(" ");
}

/** What the generated cover shows: the book's theme, its main character, and its readers' age. */
export interface CoverPromptInput {
  theme: string;
  character: string;
  ageGroup?: string;
}

/**
 * The image model's prompt for a book's front cover: a finished, fully colored illustration (not
 * a coloring page, so no line-art words), the main character large in the middle of its scene, and
 * no lettering (the title is typeset over it by the cover PDF). Pure, so it is tested alone.
 */
export function buildCoverPrompt({ theme, character, ageGroup }: CoverPromptInput): string {
  const readers = ageGroup === "adult" ? "adults" : `children (${ageGroup ?? "3-9"} years old)`;
  return [
    `A cheerful, fully colored children's book cover illustration for a coloring book about ${theme.trim()}.`,
    `The ${character} is the main character: large, friendly and centred, in a bright scene that tells what the book is about.`,
    `Rich, saturated colors with soft shading, clean shapes, appealing to ${readers}.`,
    "Fill the whole picture edge to edge; keep the top third calm and simple, where the title will be printed.",
    "No text, letters, numbers, logos or borders anywhere in the image.",
  ].join(" ");
}

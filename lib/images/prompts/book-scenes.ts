import { z } from "zod";
import type { AgeGroup } from "@/lib/shared/options";

/** The longest scene the text model may write for one book page. */
export const MAX_SCENE_CHARS = 200;

/** Instructions for the text model planning a whole book's scenes in one call. */
export function bookScenesInstructions({ count, character, ageGroup }: { count: number; character: string; ageGroup: AgeGroup }): string {
  return [
    `You plan the pages of a children's coloring book for ages ${ageGroup}.`,
    `Write exactly ${count} distinct short English scenes (at most 30 words each) about the user's theme.`,
    `Every scene names the book's recurring main character, the ${character}, in a different setting or action.`,
    "Friendly and safe for children: no weapons, alcohol, violence or adult content, no text or letters, no brand names.",
  ].join(" ");
}

/** The JSON schema sent as the structured output format: exactly `count` scenes. */
export function bookScenesJsonSchema(count: number) {
  return {
    type: "object",
    properties: {
      scenes: { type: "array", minItems: count, maxItems: count, items: { type: "string", maxLength: MAX_SCENE_CHARS } },
    },
    required: ["scenes"],
    additionalProperties: false,
  } as const;
}

/**
 * The answer checked again on our side (a model may ignore the schema): exactly `count` scenes,
 * each non-empty, naming the character, and no two alike.
 */
export function bookScenesAnswerSchema(count: number, character: string) {
  const name = character.toLowerCase();
  return z.object({
    scenes: z
      .array(z.string().trim().min(1).max(MAX_SCENE_CHARS))
      .length(count)
      .refine((scenes) => scenes.every((scene) => scene.toLowerCase().includes(name)), "Every scene names the main character.")
      .refine((scenes) => new Set(scenes.map((scene) => scene.toLowerCase())).size === scenes.length, "The scenes are distinct."),
  });
}

import { z } from "zod";
import { AppError } from "@/lib/errors";

/** The looks a script can be illustrated in, after the reference YouTube illustration module. */
export const SCENE_STYLES = ["cinematic", "documentary", "cartoon", "minimalist"] as const;
export type PresetSceneStyle = (typeof SCENE_STYLES)[number];
export type SceneStyle = PresetSceneStyle | "custom";
export const sceneStyleSchema = z.enum([...SCENE_STYLES, "custom"]);

export const MAX_CUSTOM_STYLE_CHARS = 300;
export const customStyleSchema = z.string().trim().min(1).max(MAX_CUSTOM_STYLE_CHARS);

export const aspectSchema = z.enum(["16:9", "1:1", "9:16"]);
export type Aspect = z.infer<typeof aspectSchema>;
/** Width over height: landscape video, square post, vertical short. */
export const ASPECTS: Record<Aspect, number> = { "16:9": 16 / 9, "1:1": 1, "9:16": 9 / 16 };

export const STYLE_TEMPLATES: Record<PresetSceneStyle, string> = {
  cinematic:
    "Cinematic film still: dramatic lighting with strong contrast and light shaping the subject, shallow depth of field, rich color grading, anamorphic lens look, epic and emotional atmosphere.",
  documentary:
    "Documentary photograph: natural light, realistic and photojournalistic, authentic people and places, true-to-life colors and textures, candid moment, unstaged framing.",
  cartoon:
    "Cartoon illustration: bold clean outlines, flat bright colors, simple shapes, expressive characters, playful and friendly, no photographic detail.",
  minimalist:
    "Minimalist illustration: few elements, one clear focal subject, generous negative space, limited palette of two or three colors, clean geometric shapes, calm and uncluttered.",
};

const ASPECT_WORDS: Record<Aspect, string> = {
  "16:9": "Wide 16:9 landscape composition for a video frame, subject placed for widescreen with room on the sides.",
  "1:1": "Square 1:1 composition, subject centred and well balanced in the frame.",
  "9:16": "Tall 9:16 vertical composition for a short-form video, main subject in the middle of the frame, nothing important near the top or bottom edges.",
};

const NO_TEXT = "No text, letters, captions, subtitles, logos or watermarks anywhere in the image.";

export const VARIATION_TYPES = [
  { id: "close-up", label: { en: "Close-up", fr: "Gros plan" }, words: "close-up shot, the main subject fills the frame, fine details visible" },
  { id: "wide-shot", label: { en: "Wide shot", fr: "Plan large" }, words: "wide establishing shot showing the whole setting and its surroundings" },
  { id: "another-angle", label: { en: "Another angle", fr: "Autre angle" }, words: "the same scene from a different camera angle, such as a low angle or a high overhead view" },
  { id: "other-lighting", label: { en: "Different lighting", fr: "Autre éclairage" }, words: "different lighting, such as golden hour, blue hour, night or soft overcast light" },
  { id: "other-mood", label: { en: "Different mood", fr: "Autre ambiance" }, words: "a different mood and atmosphere, with a changed color palette and weather" },
] as const;
export type VariationType = (typeof VARIATION_TYPES)[number]["id"];
export const variationTypeSchema = z.enum(VARIATION_TYPES.map((type) => type.id) as [VariationType, ...VariationType[]]);

export interface ScenePromptInput {
  /** The segment's text: what the image must show. */
  text: string;
  style: SceneStyle;
  /** The user's own style words, required when `style` is "custom". */
  customStyle?: string;
  variation?: VariationType;
  aspect: Aspect;
}

/** The image prompt for one script segment: scene, style, optional variation, framing, no text. */
export function buildScenePrompt(input: ScenePromptInput): string {
  const parts = [`An illustration for a moment of a video, showing: ${input.text.replace(/\s+/g, " ").trim()}`];
  parts.push(input.style === "custom" ? `Style: ${customStyle(input.customStyle)}` : STYLE_TEMPLATES[input.style]);
  if (input.variation) {
    const variation = VARIATION_TYPES.find((type) => type.id === input.variation);
    if (variation) parts.push(`Variation: ${variation.words}.`);
  }
  parts.push(ASPECT_WORDS[input.aspect], NO_TEXT);
  return parts.join("\n\n");
}

/** Added to a scene prompt when reference images go with it as edit inputs. */
export function withReferences(prompt: string, count: number): string {
  if (count === 0) return prompt;
  const which = count === 1 ? "The input image is a reference" : `The ${count} input images are references`;
  return `${prompt}\n\n${which} for consistency across the video: keep the same characters, places and visual style as in ${count === 1 ? "it" : "them"}, but compose a new image of the scene described above.`;
}

/** The prompt of a user's edit of an image: their words, and what must not change. */
export function buildEditPrompt(instruction: string, masked: boolean): string {
  const area = masked ? "Change only the transparent area of the mask" : "Change only what this asks for";
  return `${instruction.replace(/\s+/g, " ").trim()}\n\n${area}; keep everything else, the framing and the style exactly as they are. No text, captions or watermarks.`;
}

/**
 * Up to `count` variation types not yet used for a segment, in a fixed order, so a segment gets
 * at most five distinct variations. Fails with `invalid:variations` when none is left.
 */
export function pickVariationTypes(count: number, alreadyUsed: readonly VariationType[]): VariationType[] {
  if (!Number.isInteger(count) || count < 1) {
    throw new AppError("invalid:variations", "Ask for at least one variation.");
  }
  const used = new Set<VariationType>(alreadyUsed);
  const left = VARIATION_TYPES.map((type) => type.id).filter((id) => !used.has(id));
  if (left.length === 0) {
    throw new AppError("invalid:variations", `This scene already has all ${VARIATION_TYPES.length} variations.`);
  }
  return left.slice(0, count);
}

function customStyle(raw: string | undefined): string {
  const parsed = customStyleSchema.safeParse((raw ?? "").replace(/\s+/g, " "));
  if (!parsed.success) {
    throw new AppError("invalid:style", `Describe your own style in 1 to ${MAX_CUSTOM_STYLE_CHARS} characters.`);
  }
  return /[.!?]$/.test(parsed.data) ? parsed.data : `${parsed.data}.`;
}

import { IMAGE_MODELS } from "@/lib/images/models";
import { buildScenePrompt, withReferences, type Aspect, type SceneStyle, type VariationType } from "@/lib/images/prompts/scene";
import type { EngineImage, EngineUsage, ImageEngine } from "@/lib/images/engines/types";
import type { Quality } from "@/lib/images/models";
import { cropToAspect, sceneRequestSize } from "./frame";

export interface DrawSceneInput {
  engine: ImageEngine;
  text: string;
  style: SceneStyle;
  customStyle?: string;
  aspect: Aspect;
  variation?: VariationType;
  quality: Quality;
  seed: number;
  /** Reference PNGs, already loaded. */
  references: Buffer[];
  signal: AbortSignal;
  /** The user the scene is for (OpenAI receives a keyed hash of it). */
  userId: string;
  progress: (percent: number, stage?: string) => Promise<void>;
  preview: (png: Buffer) => Promise<void>;
}

export interface DrawnScene {
  png: Buffer;
  width: number;
  height: number;
  prompt: string;
  model: string;
  revisedPrompt?: string;
  usage: EngineUsage;
  /** How many references actually went with the request (0 when the model cannot take them). */
  referencesSent: number;
}

/** How many references can go with a scene: the model's input-image limit, or 0 when it cannot take several. */
export function referenceLimit(engine: ImageEngine): number {
  const info = IMAGE_MODELS[engine.model];
  if (!engine.capabilities.edit || !info?.edits || info.maxInputImages < 2) return 0;
  return info.maxInputImages;
}

/**
 * One frame of a script: the style and aspect prompt, the engine's closest size, then an exact
 * crop to the aspect. With references and a model that takes several input images, the frame is
 * an edit whose inputs are the references; otherwise a plain generation.
 */
export async function drawScene(input: DrawSceneInput): Promise<DrawnScene> {
  const base = buildScenePrompt({ text: input.text, style: input.style, customStyle: input.customStyle, variation: input.variation, aspect: input.aspect });
  const size = sceneRequestSize(input.engine, input.aspect);
  const limit = referenceLimit(input.engine);
  const references = limit > 0 ? input.references.slice(0, limit) : [];
  const prompt = withReferences(base, references.length);
  await input.progress(10, "drawing");
  const onProgress = (percent: number): void => void input.progress(10 + percent * 0.8, "drawing");
  let image: EngineImage;
  const [first, ...extra] = references;
  if (first) {
    image = await input.engine.edit(
      { image: first, extraImages: extra, prompt, width: size.width, height: size.height, quality: input.quality, highFidelity: true },
      { signal: input.signal, userId: input.userId, onProgress },
    );
  } else {
    image = await input.engine.generate(
      {
        purpose: "scene",
        text: input.text,
        style: input.style,
        customStyle: input.customStyle,
        variation: input.variation,
        prompt,
        seed: input.seed,
        width: size.width,
        height: size.height,
        quality: input.quality,
      },
      { signal: input.signal, userId: input.userId, onProgress, onPartial: (png) => input.preview(png) },
    );
  }
  await input.progress(92, "framing");
  const framed = await cropToAspect(image.png, input.aspect);
  return { ...framed, prompt, model: image.model, revisedPrompt: image.revisedPrompt, usage: image.usage, referencesSent: references.length };
}

import sharp from "sharp";
import { imageModelOrThrow } from "@/lib/images/models";
import { ASPECTS, type Aspect } from "@/lib/images/prompts/scene";
import { centredCrop, chooseRequestSize } from "@/lib/images/size";

/** Each aspect as whole numbers, so a crop can be exact to the pixel. */
const RATIOS: Record<Aspect, readonly [number, number]> = { "16:9": [16, 9], "1:1": [1, 1], "9:16": [9, 16] };

/** Exact video frame sizes for the offline engine, which can draw any size. */
export const OFFLINE_FRAME_SIZES: Record<Aspect, { width: number; height: number }> = {
  "16:9": { width: 1920, height: 1080 },
  "1:1": { width: 1080, height: 1080 },
  "9:16": { width: 1080, height: 1920 },
};

/** The size to ask the engine for: the model's closest size online, the exact frame offline. */
export function sceneRequestSize(engine: { id: "openai" | "offline"; model: string }, aspect: Aspect): { width: number; height: number } {
  if (engine.id === "offline") return OFFLINE_FRAME_SIZES[aspect];
  const { width, height } = chooseRequestSize(imageModelOrThrow(engine.model), ASPECTS[aspect]);
  return { width, height };
}

/**
 * The centred crop of `width × height` to exactly the aspect: `centredCrop`, then trimmed by at
 * most a few pixels so that width : height is the aspect's ratio in whole pixels (1678×944 is not
 * 16:9; 1664×936 is).
 */
export function frameCrop(width: number, height: number, aspect: Aspect): { left: number; top: number; width: number; height: number } {
  const [a, b] = RATIOS[aspect];
  const box = centredCrop(width, height, a / b);
  const k = Math.max(1, Math.floor(Math.min(box.width / a, box.height / b)));
  const w = Math.min(width, a * k);
  const h = Math.min(height, b * k);
  return { left: box.left + Math.floor((box.width - w) / 2), top: box.top + Math.floor((box.height - h) / 2), width: w, height: h };
}

/** The image cropped to the frame, as PNG. */
export async function cropToAspect(png: Buffer, aspect: Aspect): Promise<{ png: Buffer; width: number; height: number }> {
  const meta = await sharp(png).metadata();
  const box = frameCrop(meta.width ?? 0, meta.height ?? 0, aspect);
  if (box.left === 0 && box.top === 0 && box.width === meta.width && box.height === meta.height && meta.format === "png") {
    return { png, width: box.width, height: box.height };
  }
  const out = await sharp(png).extract(box).png().toBuffer();
  return { png: out, width: box.width, height: box.height };
}

/** The image brought to exactly `width × height` (centred cover crop), so every version of an image has its size. */
export async function fitToSize(png: Buffer, width: number, height: number): Promise<Buffer> {
  const meta = await sharp(png).metadata();
  if (meta.width === width && meta.height === height && meta.format === "png") return png;
  return sharp(png).resize(width, height, { fit: "cover", position: "centre" }).png().toBuffer();
}

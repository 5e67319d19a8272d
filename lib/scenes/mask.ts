import sharp from "sharp";
import { AppError } from "@/lib/errors";

/** OpenAI refuses masks over 4 MB; a painted mask is far smaller. */
export const MAX_MASK_BYTES = 4 * 1024 * 1024;
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function maskError(message: string): AppError {
  return new AppError("invalid:mask", message, { fields: { mask: message } });
}

/**
 * Checks an edit mask before any call: a real PNG (magic bytes and a decodable image), with an
 * alpha channel, exactly the image's size, and some transparent area (where the change goes).
 */
export async function validateMask(mask: Buffer, width: number, height: number): Promise<void> {
  if (mask.length > MAX_MASK_BYTES) throw maskError("The mask is too large; it must be under 4 MB.");
  if (mask.length < PNG_MAGIC.length || !mask.subarray(0, PNG_MAGIC.length).equals(PNG_MAGIC)) throw maskError("The mask must be a PNG file.");
  const meta = await sharp(mask, { limitInputPixels: 50_000_000 })
    .metadata()
    .catch(() => null);
  if (!meta) throw maskError("The mask could not be read as a PNG image.");
  if (meta.format !== "png") throw maskError("The mask must be a PNG file.");
  if (!meta.hasAlpha) throw maskError("The mask needs an alpha channel: transparent where the image should change, opaque elsewhere.");
  if (meta.width !== width || meta.height !== height) {
    throw maskError(`The mask is ${meta.width ?? 0}×${meta.height ?? 0} pixels but the image is ${width}×${height}; it must be exactly the image's size.`);
  }
  let alphaMin: number;
  try {
    alphaMin = (await sharp(mask).ensureAlpha().stats()).channels[3]?.min ?? 255;
  } catch {
    throw maskError("The mask could not be read as a PNG image.");
  }
  if (alphaMin === 255) throw maskError("The mask has no transparent area: paint over the part of the image to change.");
}

import sharp from "sharp";

/**
 * Puts a small color copy of the photo, framed in black, in the bottom-right corner of the line
 * art: the coloring guide. The print step keeps colors only there.
 */
export async function addPhotoReference(art: Buffer, photo: Buffer): Promise<Buffer> {
  const meta = await sharp(art).metadata();
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  const insetWidth = Math.round(width * 0.24);
  const border = Math.max(4, Math.round(width / 300));
  const thumb = await sharp(photo)
    .resize({ width: insetWidth - 2 * border, height: Math.round(height * 0.3), fit: "inside" })
    .extend({ top: border, bottom: border, left: border, right: border, background: "#000000" })
    .toBuffer({ resolveWithObject: true });
  const margin = Math.round(width * 0.015);
  return sharp(art)
    .toColourspace("srgb")
    .composite([{ input: thumb.data, left: width - thumb.info.width - margin, top: height - thumb.info.height - margin }])
    .png()
    .toBuffer();
}

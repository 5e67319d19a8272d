import sharp from "sharp";
import { DPI } from "../paper";
import type { PageRaster } from "./types";

/** Decodes a page image (PNG, or anything sharp reads) into raw pixels: grey pages as one channel, others as RGB. */
export async function readPageRaster(image: Buffer): Promise<PageRaster> {
  const meta = await sharp(image, { limitInputPixels: 60_000_000 }).metadata();
  const grey = (meta.channels ?? 3) <= 2;
  const pipeline = sharp(image, { limitInputPixels: 60_000_000 }).flatten({ background: "#ffffff" });
  const { data, info } = grey
    ? await pipeline.extractChannel(0).raw().toBuffer({ resolveWithObject: true })
    : await pipeline.toColourspace("srgb").removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: grey ? 1 : 3, data };
}

/** Encodes a page as a 300 DPI PNG (a black-and-white page as one channel). */
export async function encodePageRaster(page: PageRaster): Promise<Buffer> {
  const image = sharp(Buffer.from(page.data.buffer, page.data.byteOffset, page.data.byteLength), {
    raw: { width: page.width, height: page.height, channels: page.channels },
  });
  return (page.channels === 1 ? image.toColourspace("b-w") : image)
    .withDensity(DPI)
    .png({ compressionLevel: 6, adaptiveFiltering: false })
    .toBuffer();
}

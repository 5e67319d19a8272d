import { createHash } from "node:crypto";
import sharp from "sharp";
import { AppError } from "@/lib/errors";

export interface PhotoLimits {
  maxBytes: number;
  maxPixels: number;
}

export interface CleanPhoto {
  /** JPEG with the EXIF orientation applied and every piece of metadata (GPS included) removed. */
  jpeg: Buffer;
  width: number;
  height: number;
  sha256: string;
}

type Sniffed = "jpeg" | "png" | "webp" | "gif" | "svg" | "heic" | "avif" | "unknown";

/** What the bytes are, from their first bytes rather than the name or the declared type. */
export function sniffImageType(bytes: Buffer): Sniffed {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "png";
  if (bytes.subarray(0, 4).toString("latin1") === "RIFF" && bytes.subarray(8, 12).toString("latin1") === "WEBP") return "webp";
  if (bytes.subarray(0, 4).toString("latin1") === "GIF8") return "gif";
  if (bytes.subarray(4, 8).toString("latin1") === "ftyp") {
    const brand = bytes.subarray(8, 12).toString("latin1");
    if (/^(avif|avis)$/.test(brand)) return "avif";
    if (/^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(brand)) return "heic";
  }
  const head = bytes.subarray(0, 512).toString("utf8").trimStart().toLowerCase();
  if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg"))) return "svg";
  return "unknown";
}

const UNSUPPORTED: Partial<Record<Sniffed, string>> = {
  gif: "GIF images are not supported: please upload a JPEG, PNG or WebP photo.",
  svg: "SVG drawings are not supported: please upload a JPEG, PNG or WebP photo.",
  heic: "HEIC photos cannot be read here: export the photo as JPEG (on iPhone: Settings › Camera › Formats › Most Compatible) and upload it again.",
  avif: "AVIF images are not supported: please upload a JPEG, PNG or WebP photo.",
  unknown: "This file is not a photo Inkwell can read: please upload a JPEG, PNG or WebP image.",
};

/**
 * Checks an uploaded photo and returns a clean copy. Everything is checked before any byte is
 * stored: size, real type, declared pixel count (against decompression bombs), animation, and that
 * the whole image decodes (a truncated JPEG is refused).
 */
export async function cleanPhoto(bytes: Buffer, limits: PhotoLimits): Promise<CleanPhoto> {
  if (bytes.length === 0) throw new AppError("invalid:photo_empty", "The file is empty.");
  if (bytes.length > limits.maxBytes) {
    throw new AppError("too_large:photo", `The photo is larger than ${Math.round(limits.maxBytes / 1024 / 1024)} MB.`);
  }
  const type = sniffImageType(bytes);
  const unsupported = UNSUPPORTED[type];
  if (unsupported) throw new AppError(`unsupported:${type}`, unsupported);

  let meta: Awaited<ReturnType<ReturnType<typeof sharp>["metadata"]>>;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new AppError("invalid:photo_corrupt", "The photo could not be read: the file seems damaged.");
  }
  const pixels = (meta.width ?? 0) * (meta.height ?? 0);
  if (pixels > limits.maxPixels) {
    throw new AppError("too_large:photo_pixels", `The photo has too many pixels (at most ${Math.round(limits.maxPixels / 1_000_000)} megapixels).`);
  }
  if ((meta.pages ?? 1) > 1) throw new AppError("unsupported:animation", "Animated images are not supported: please upload a still photo.");

  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: limits.maxPixels, failOn: "warning" })
      .rotate()
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 90, mozjpeg: false })
      .toBuffer({ resolveWithObject: true });
    return { jpeg: data, width: info.width, height: info.height, sha256: createHash("sha256").update(data).digest("hex") };
  } catch {
    throw new AppError("invalid:photo_corrupt", "The photo could not be read: the file seems damaged or incomplete.");
  }
}

import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { validateMask } from "@/lib/scenes/mask";

async function rgba(width: number, height: number, alpha: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 0, g: 0, b: 0, alpha } } }).png().toBuffer();
}

async function refusal(mask: Buffer, width = 64, height = 36): Promise<string> {
  try {
    await validateMask(mask, width, height);
  } catch (error) {
    if (isAppError(error)) {
      expect(error.status).toBe(400);
      expect(error.code).toBe("invalid:mask");
      return error.message;
    }
    throw error;
  }
  throw new Error("the mask was accepted");
}

describe("validateMask", () => {
  it("accepts a PNG of the image's size with a transparent area", async () => {
    await expect(validateMask(await rgba(64, 36, 0), 64, 36)).resolves.toBeUndefined();
  });

  it("refuses what OpenAI would refuse, with a message saying why", async () => {
    expect(await refusal(Buffer.from("not a png at all"))).toMatch(/must be a PNG/);
    const jpeg = await sharp({ create: { width: 64, height: 36, channels: 3, background: "#fff" } }).jpeg().toBuffer();
    expect(await refusal(jpeg)).toMatch(/must be a PNG/);
    const broken = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(40)]);
    expect(await refusal(broken)).toMatch(/could not be read/);
    const rgb = await sharp({ create: { width: 64, height: 36, channels: 3, background: "#fff" } }).png().toBuffer();
    expect(await refusal(rgb)).toMatch(/alpha channel/);
    expect(await refusal(await rgba(32, 36, 0))).toMatch(/32×36 pixels but the image is 64×36/);
    expect(await refusal(await rgba(64, 36, 1))).toMatch(/no transparent area/);
    expect(await refusal(Buffer.alloc(5 * 1024 * 1024))).toMatch(/under 4 MB/);
  });
});

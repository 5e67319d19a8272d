import "server-only";
import { z } from "zod";
import type { ImageView } from "@/lib/shared/views";
import { readImageFile } from "./files";
import { getImageForUser } from "./read";

/** An image as the API shows it, with its file inlined as base64 `b64_json` (as OpenAI's answers do). */
export type InlineImageView = ImageView & { b64_json?: string };

/** The user's image, its file inlined when asked (`?include=b64`); foreign and missing are a 404. */
export async function getImageViewForUser({ id, userId, includeB64 }: { id: string; userId: string; includeB64: boolean }): Promise<InlineImageView> {
  const view = await getImageForUser({ id, userId });
  if (!includeB64) return view;
  const { bytes } = await readImageFile({ id, userId });
  return { ...view, b64_json: bytes.toString("base64") };
}

/** Several of the user's images, in order. */
export async function getImageViewsForUser({ ids, userId, includeB64 }: { ids: readonly string[]; userId: string; includeB64: boolean }): Promise<InlineImageView[]> {
  return Promise.all(ids.map((id) => getImageViewForUser({ id, userId, includeB64 })));
}

/** `?include=b64` of the image and job reads. */
export const includeQuerySchema = z
  .object({ include: z.literal("b64", { error: 'The only thing to include is "b64" (the image inline).' }).optional() })
  .strict();

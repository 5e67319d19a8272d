import "server-only";
import { z } from "zod";
import { listImages } from "@/lib/db/images";
import type { ImageView } from "@/lib/shared/views";
import { toImageView } from "./views";

export const listImagesQuerySchema = z
  .object({
    cursor: z.string().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(24),
    kind: z.enum(["coloring", "photo", "scene", "variation", "edit", "upload"]).optional(),
  })
  .strict();

/** One page of the user's images, newest first. */
export async function listUserImages({ userId, query }: { userId: string; query: z.output<typeof listImagesQuerySchema> }): Promise<{ items: ImageView[]; nextCursor: string | null }> {
  const page = await listImages({ userId, cursor: query.cursor, limit: query.limit, kind: query.kind });
  return { items: page.items.map(toImageView), nextCursor: page.nextCursor };
}

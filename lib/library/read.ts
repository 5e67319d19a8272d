import "server-only";
import { getImageOrThrow } from "@/lib/db/images";
import type { ImageView } from "@/lib/shared/views";
import { toImageView } from "./views";

/** The user's image as the API and the pages show it; a foreign and a missing image are both a 404. */
export async function getImageForUser({ id, userId }: { id: string; userId: string }): Promise<ImageView> {
  return toImageView(await getImageOrThrow({ id, userId }));
}

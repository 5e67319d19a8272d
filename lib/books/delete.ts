import "server-only";
import { deleteBookRecord } from "@/lib/db/books";

/** Deletes the user's book and its pages; the images stay in the library. */
export async function deleteBook({ id, userId }: { id: string; userId: string }): Promise<void> {
  await deleteBookRecord({ id, userId });
}

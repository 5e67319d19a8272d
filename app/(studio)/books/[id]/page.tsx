import type { Metadata } from "next";
import { getT } from "@/app/i18n";
import { requireUser } from "@/app/_lib/session";
import { BookEditor } from "@/components/books/book-editor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("books.title") };
}

/** One book's editor; the book itself is read from the JSON API by the client. */
export default async function BookPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUser(`/books/${encodeURIComponent(id)}`);
  return <BookEditor key={id} bookId={id} />;
}

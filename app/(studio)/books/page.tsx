import type { Metadata } from "next";
import { getT } from "@/app/i18n";
import { requireUser } from "@/app/_lib/session";
import { BookList } from "@/components/books/book-list";
import { NewBookForm } from "@/components/books/new-book-form";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("books.title") };
}

/** The user's coloring books and the form to start a new one. */
export default async function BooksPage() {
  await requireUser("/books");
  const t = await getT();
  return (
    <>
      <PageHeader title={t("books.title")} description={t("books.description")} />
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] lg:gap-8">
        <Card>
          <NewBookForm />
        </Card>
        <BookList />
      </div>
    </>
  );
}

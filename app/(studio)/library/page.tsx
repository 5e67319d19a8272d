import type { Metadata } from "next";
import { getT } from "@/app/i18n";
import { requireUser } from "@/app/_lib/session";
import { PageHeader } from "@/components/layout/page-header";
import { ImageGrid } from "@/components/library/image-grid";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { listImagesQuerySchema, listUserImages } from "@/lib/library/list";

const PAGE_SIZE = 24;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("library.title") };
}

interface LibraryPageProps {
  searchParams: Promise<{ cursor?: string | string[] }>;
}

export default async function LibraryPage({ searchParams }: LibraryPageProps) {
  const user = await requireUser("/library");
  const [t, params] = await Promise.all([getT(), searchParams]);
  // `?cursor=` works without JavaScript; "Load more" fetches the next pages in place.
  const parsed = listImagesQuerySchema.safeParse({ limit: PAGE_SIZE, cursor: typeof params.cursor === "string" ? params.cursor : undefined });
  const query = parsed.success ? parsed.data : { limit: PAGE_SIZE };
  const { items, nextCursor } = await listUserImages({ userId: user.id, query });
  const newPage = (
    <ButtonLink href="/coloring" variant="primary">
      {t("library.newPage")}
    </ButtonLink>
  );

  return (
    <>
      <PageHeader title={t("library.title")} description={t("library.description")} actions={items.length > 0 ? newPage : undefined} />
      {items.length === 0 ? (
        <EmptyState
          title={t("library.emptyTitle")}
          description={t("library.emptyDescription")}
          action={
            <ButtonLink href="/coloring" variant="primary">
              {t("library.emptyAction")}
            </ButtonLink>
          }
        />
      ) : (
        <ImageGrid key={query.cursor ?? "first"} initialItems={items} initialCursor={nextCursor} pageSize={PAGE_SIZE} />
      )}
    </>
  );
}

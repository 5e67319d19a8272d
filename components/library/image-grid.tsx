"use client";

import { useEffect, useRef, useState } from "react";
import { ApiError } from "@/components/api/api-error";
import { fetchJson } from "@/components/api/fetch-json";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { describeError } from "@/components/jobs/job-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ImageView } from "@/lib/shared/views";
import { ImageCard } from "./image-card";

export interface ImageGridProps {
  initialItems: ImageView[];
  initialCursor: string | null;
  pageSize: number;
}

/** The library's cards, newest first, with "Load more" fetching the next page in place. */
export function ImageGrid({ initialItems, initialCursor, pageSize }: ImageGridProps) {
  const t = useT();
  const locale = useLocale();
  const [items, setItems] = useState(initialItems);
  const [cursor, setCursor] = useState(initialCursor);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const focusIndex = useRef<number | null>(null);

  // Keyboard users continue from the first new card rather than from the top.
  useEffect(() => {
    if (focusIndex.current === null) return;
    listRef.current?.querySelectorAll<HTMLAnchorElement>("a[href]")[focusIndex.current]?.focus();
    focusIndex.current = null;
  }, [items]);

  async function loadMore() {
    if (!cursor) return;
    setLoading(true);
    setError(null);
    try {
      const page = await fetchJson<{ items: ImageView[]; nextCursor: string | null }>(`/api/images?cursor=${encodeURIComponent(cursor)}&limit=${pageSize}`);
      setItems((current) => [...current, ...page.items.filter((item) => !current.some((c) => c.id === item.id))]);
      focusIndex.current = items.length;
      setCursor(page.nextCursor);
    } catch (caught) {
      setError(
        caught instanceof ApiError && caught.code === "network"
          ? describeError(t, { code: caught.code, message: caught.message })
          : t("library.loadMoreFailed"),
      );
    } finally {
      setLoading(false);
    }
  }

  return (
    <div className="flex flex-col gap-6">
      <ul ref={listRef} aria-label={t("library.listLabel")} className="grid grid-cols-1 gap-4 min-[440px]:grid-cols-2 md:grid-cols-3 lg:grid-cols-4">
        {items.map((image) => (
          <li key={image.id}>
            <ImageCard image={image} t={t} locale={locale} />
          </li>
        ))}
      </ul>
      {error && <Alert tone="error">{error}</Alert>}
      {cursor && (
        <div className="flex justify-center">
          <Button variant="secondary" onClick={loadMore} loading={loading}>
            {t("library.loadMore")}
          </Button>
        </div>
      )}
    </div>
  );
}

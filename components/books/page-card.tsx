"use client";

import type { DragEvent } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { BookPageView } from "./api";

export interface PageCardProps {
  page: BookPageView;
  index: number;
  count: number;
  /** The physical page of the interior it prints on. */
  printedOn: number | null;
  /** A change is being saved: the card cannot be dragged (its buttons stay focusable; the list ignores them meanwhile). */
  busy: boolean;
  dragging: boolean;
  dropTarget: boolean;
  onMove: (from: number, to: number, via: "up" | "down") => void;
  onReplace: (index: number) => void;
  onRemove: (index: number) => void;
  /** Draws the page again from its scene; the new image replaces it in place. */
  onRegenerate?: (index: number) => void;
  onDragStart: (index: number) => void;
  onDragEnter: (index: number) => void;
  onDrop: (index: number) => void;
  onDragEnd: () => void;
}

/** One page of the book in the page list: its picture, drag handle, and buttons to move, replace or remove it. */
export function PageCard({ page, index, count, printedOn, busy, dragging, dropTarget, onMove, onReplace, onRemove, onRegenerate, onDragStart, onDragEnter, onDrop, onDragEnd }: PageCardProps) {
  const t = useT();
  const number = index + 1;
  const allow = (event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
  };
  return (
    <li
      draggable={!busy}
      aria-label={t("books.pages.pageLabel", { number, title: page.image.title })}
      onDragStart={(event) => {
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", String(index));
        onDragStart(index);
      }}
      onDragEnter={(event) => {
        allow(event);
        onDragEnter(index);
      }}
      onDragOver={allow}
      onDrop={(event) => {
        event.preventDefault();
        onDrop(index);
      }}
      onDragEnd={onDragEnd}
      className={cn(
        "flex cursor-grab flex-col gap-2 rounded-xl border-2 bg-surface p-2 shadow-sm active:cursor-grabbing",
        dropTarget ? "border-accent-600 bg-accent-50" : "border-line",
        dragging && "opacity-50",
      )}
    >
      <div className="flex items-center justify-between gap-2 text-sm">
        <span className="font-bold text-ink">{t("books.pages.number", { number })}</span>
        {printedOn !== null && <span className="text-xs text-ink-muted">{t("books.pages.printedOn", { page: printedOn })}</span>}
      </div>
      {/* eslint-disable-next-line @next/next/no-img-element -- a private file behind the session */}
      <img src={page.image.fileUrl} alt={page.image.title} loading="lazy" draggable={false} className="aspect-[3/4] w-full rounded-lg border border-line bg-white object-contain" />
      <div className="grid grid-cols-2 gap-1.5">
        <Button variant="secondary" size="sm" id={`page-${page.id}-up`} disabled={index === 0} onClick={() => onMove(index, index - 1, "up")} aria-label={t("books.pages.moveEarlier", { number })}>
          ↑
        </Button>
        <Button variant="secondary" size="sm" id={`page-${page.id}-down`} disabled={index === count - 1} onClick={() => onMove(index, index + 1, "down")} aria-label={t("books.pages.moveLater", { number })}>
          ↓
        </Button>
        <Button variant="ghost" size="sm" onClick={() => onReplace(index)} aria-label={t("books.pages.replaceLabel", { number })}>
          {t("books.pages.replace")}
        </Button>
        <Button variant="ghost" size="sm" onClick={() => onRemove(index)} aria-label={t("books.pages.removeLabel", { number })}>
          {t("books.pages.remove")}
        </Button>
        {onRegenerate && (
          <Button variant="ghost" size="sm" className="col-span-2" onClick={() => onRegenerate(index)} aria-label={t("books.generate.againLabel", { number })}>
            {t("books.generate.again")}
          </Button>
        )}
      </div>
    </li>
  );
}

"use client";

import type { PointerEvent } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { costLabel } from "@/components/library/image-labels";
import { cn } from "@/components/ui/cn";
import type { FrameStatus } from "@/lib/shared/scripts/frame-status";
import type { ScriptAspect } from "../types";

const THUMB: Record<ScriptAspect, string> = { "16:9": "aspect-video", "1:1": "aspect-square", "9:16": "aspect-[9/16]" };

const TONE: Record<FrameStatus["kind"], string> = {
  none: "text-ink-muted",
  queued: "text-accent-800",
  failed: "text-red-800",
  done: "text-emerald-800",
  stale: "text-amber-800",
};

export interface FrameCardProps {
  id: string;
  number: number;
  timestamp: string;
  line: string;
  imageUrl: string | null;
  status: FrameStatus;
  costUsd: number;
  aspect: ScriptAspect;
  active: boolean;
  selected: boolean;
  /** The animatic is showing this frame now. */
  playing: boolean;
  onPointerDown: (event: PointerEvent<HTMLDivElement>) => void;
}

/** One frame of the storyboard: an option of the grid's listbox (its content is its name). */
export function FrameCard({ id, number, timestamp, line, imageUrl, status, costUsd, aspect, active, selected, playing, onPointerDown }: FrameCardProps) {
  const t = useT();
  const locale = useLocale();
  const statusText =
    status.kind === "queued"
      ? t("scripts.storyboard.status.queued", { progress: Math.round(status.progress) })
      : status.kind === "failed"
        ? status.reason
          ? t("scripts.storyboard.status.failedBecause", { reason: status.reason })
          : t("scripts.storyboard.status.failed")
        : t(`scripts.storyboard.status.${status.kind}`);

  return (
    <div
      id={id}
      role="option"
      aria-selected={selected}
      aria-current={playing ? "step" : undefined}
      onPointerDown={onPointerDown}
      className={cn(
        "flex cursor-pointer flex-col overflow-hidden rounded-xl border bg-surface text-left shadow-sm",
        selected ? "border-accent-700 bg-accent-50" : "border-line",
        active && "group-focus-visible:outline group-focus-visible:outline-3 group-focus-visible:outline-offset-2 group-focus-visible:outline-accent-700",
        playing && "ring-4 ring-amber-500",
      )}
    >
      <div className={cn(THUMB[aspect], "relative w-full bg-sunken")}>
        {imageUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- a private file behind the session
          <img src={imageUrl} alt="" loading="lazy" decoding="async" className="size-full object-cover" />
        ) : null}
        {status.kind === "queued" && (
          <span aria-hidden="true" className="absolute inset-x-0 bottom-0 h-1.5 bg-white/70">
            <span className="block h-full bg-accent-700" style={{ width: `${status.progress}%` }} />
          </span>
        )}
      </div>
      <div className="flex min-w-0 flex-col px-2 py-1 text-xs leading-snug">
        <span className="flex justify-between gap-2 font-semibold text-ink">
          <span>{t("scripts.storyboard.frameNumber", { number })}</span>
          <span className="font-mono">{timestamp}</span>
        </span>
        <span className="truncate text-ink" title={line}>{line}</span>
        <span className="flex justify-between gap-2">
          <span className={cn("truncate font-semibold", TONE[status.kind])} title={statusText}>{statusText}</span>
          <span className="shrink-0 text-ink-muted">{costLabel(t, locale, costUsd)}</span>
        </span>
      </div>
    </div>
  );
}

"use client";

import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { costLabel, engineLabel, kindLabel } from "@/components/library/image-labels";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { Translator } from "@/lib/i18n/types";
import type { ImageView } from "@/lib/shared/views";
import { variationLabel } from "./labels";
import type { ScriptAspect } from "./types";

const FRAME: Record<ScriptAspect, string> = {
  "16:9": "aspect-video w-full",
  "1:1": "aspect-square w-full max-w-56",
  "9:16": "aspect-[9/16] w-full max-w-36",
};

/**
 * "Restore" for a version older than the one in use (going back); "Use this one" for a
 * variation or a newer version (an edit made since).
 */
function isOlder(image: ImageView, chosen: ImageView | undefined): boolean {
  return Boolean(chosen) && !image.variationType && image.kind !== "variation" && image.createdAt < (chosen?.createdAt ?? "");
}

/** "Close-up" for a variation, "Scene" or "Edit" otherwise. */
export function imageLabel(t: Translator, image: ImageView): string {
  return image.variationType ? variationLabel(t, image.variationType) : kindLabel(t, image.kind);
}

export interface SegmentPictureProps {
  image: ImageView | null;
  segmentNumber: number;
  aspect: ScriptAspect;
}

/** The segment's chosen image with what it is, its engine and exact cost; a placeholder before. */
export function SegmentPicture({ image, segmentNumber, aspect }: SegmentPictureProps) {
  const t = useT();
  const locale = useLocale();
  if (!image) {
    return (
      <div className={cn(FRAME[aspect], "mx-auto flex items-center justify-center rounded-xl border-2 border-dashed border-line bg-sunken p-3 text-center text-sm text-ink-muted")}>
        {t("scripts.segment.noImage")}
      </div>
    );
  }
  return (
    <figure className="flex flex-col gap-2">
      <a href={`/images/${image.id}`} className={cn(FRAME[aspect], "mx-auto block overflow-hidden rounded-xl border border-line bg-white")}>
        {/* eslint-disable-next-line @next/next/no-img-element -- a private file behind the session */}
        <img src={image.fileUrl} alt={t("scripts.segment.imageAlt", { number: segmentNumber })} width={image.width} height={image.height} className="size-full object-cover" />
      </a>
      <figcaption className="flex flex-wrap justify-center gap-1.5">
        <Badge tone="accent">{imageLabel(t, image)}</Badge>
        <Badge>{engineLabel(t, image.engine)}</Badge>
        <Badge tone={image.costUsd > 0 ? "warning" : "success"}>{costLabel(t, locale, image.costUsd)}</Badge>
      </figcaption>
    </figure>
  );
}

export interface SegmentVersionsProps {
  images: readonly ImageView[];
  chosenId: string | null;
  segmentNumber: number;
  headingId: string;
  busy: boolean;
  onChoose: (imageId: string) => void;
}

/** Every image made for the segment, newest first: variations to use, earlier versions to restore. */
export function SegmentVersions({ images, chosenId, segmentNumber, headingId, busy, onChoose }: SegmentVersionsProps) {
  const t = useT();
  const locale = useLocale();
  const inUse = images.find((image) => image.id === chosenId);
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <h4 id={headingId} className="text-sm font-semibold text-ink">
        {t("scripts.versions.heading", { count: images.length })}
      </h4>
      <ul className="flex gap-3 overflow-x-auto pb-2">
        {images.map((image) => {
          const label = imageLabel(t, image);
          const chosen = image.id === chosenId;
          const restore = isOlder(image, inUse);
          return (
            <li key={image.id} className={cn("flex w-36 shrink-0 flex-col gap-1.5 rounded-xl border p-2", chosen ? "border-accent-700 bg-accent-50" : "border-line bg-surface")}>
              {/* eslint-disable-next-line @next/next/no-img-element -- a private file behind the session */}
              <img src={image.fileUrl} alt="" loading="lazy" className="aspect-video w-full rounded-md bg-white object-cover" />
              <div className="flex flex-wrap gap-1">
                <Badge tone={image.variationType ? "accent" : "neutral"}>{label}</Badge>
                <Badge tone={image.costUsd > 0 ? "warning" : "success"}>{costLabel(t, locale, image.costUsd)}</Badge>
              </div>
              {chosen ? (
                <Badge tone="success" className="self-start">
                  {t("scripts.versions.inUse")}
                </Badge>
              ) : (
                <Button
                  variant="secondary"
                  size="sm"
                  disabled={busy}
                  onClick={() => onChoose(image.id)}
                  aria-label={
                    restore
                      ? t("scripts.versions.restoreNamed", { label, number: segmentNumber })
                      : t("scripts.versions.useNamed", { label, number: segmentNumber })
                  }
                >
                  {restore ? t("scripts.versions.restore") : t("scripts.versions.use")}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

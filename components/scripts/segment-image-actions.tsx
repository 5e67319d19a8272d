"use client";

import { useState } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { costLabel } from "@/components/library/image-labels";
import { timesImages } from "./image-price";
import type { SegmentHandlers } from "./segment-row";
import { MAX_VARIATIONS, type SegmentView } from "./types";

export interface SegmentImageActionsProps {
  number: number;
  server: SegmentView | undefined;
  /** The segment is saved, the timeline has no pending edits and no batch runs. */
  allowed: boolean;
  /** One of the segment's jobs is running. */
  busy: boolean;
  canEdit: boolean;
  onIllustrate: SegmentHandlers["illustrate"];
  onVariations: SegmentHandlers["variations"];
  onEdit: SegmentHandlers["edit"];
  /** What one new image of the segment should cost with the studio's engine and model (0 free, null unknown). */
  scenePrice: number | null;
}

/** Illustrate (or redraw) the segment, make 1–5 variations of its image, or edit it. */
export function SegmentImageActions({ number, server, allowed, busy, canEdit, onIllustrate, onVariations, onEdit, scenePrice }: SegmentImageActionsProps) {
  const t = useT();
  const locale = useLocale();
  const [count, setCount] = useState("1");
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const image = server?.image ?? null;
  // The price is on the button itself, and its accessible name begins with that visible text.
  const priced = (label: string, named: string, price: number | null) => {
    if (price === null) return { text: label, name: named };
    const text = t("scripts.segment.withPrice", { label, price: costLabel(t, locale, price) });
    return { text, name: t("scripts.segment.pricedNamed", { label: text, number }) };
  };
  const draw = image
    ? priced(t("scripts.segment.redraw"), t("scripts.segment.redrawNamed", { number }), scenePrice)
    : priced(t("scripts.segment.illustrate"), t("scripts.segment.illustrateNamed", { number }), scenePrice);
  const vary = priced(t("scripts.variations.make"), t("scripts.variations.makeNamed", { number }), timesImages(scenePrice, Number(count)));

  async function makeVariations() {
    if (!server || !image) return;
    setStarting(true);
    setError(await onVariations(server.id, image.id, Number(count)));
    setStarting(false);
  }

  return (
    <div className="flex flex-col gap-2 border-t border-line pt-4">
      <div role="group" aria-label={t("scripts.segment.imageActions", { number })} className="flex flex-wrap items-end gap-2">
        <Button
          size="sm"
          variant={image ? "secondary" : "primary"}
          disabled={!server || !allowed || busy}
          aria-label={draw.name}
          onClick={() => server && onIllustrate(server.id)}
        >
          {draw.text}
        </Button>
        {image && server && (
          <>
            <Field label={t("scripts.variations.label")} className="w-28">
              <Select value={count} aria-label={t("scripts.variations.countNamed", { number })} onChange={(event) => setCount(event.target.value)} className="[&_select]:h-9">
                {Array.from({ length: MAX_VARIATIONS }, (_, n) => (
                  <option key={n + 1} value={String(n + 1)}>
                    {n + 1}
                  </option>
                ))}
              </Select>
            </Field>
            <Button
              size="sm"
              variant="secondary"
              disabled={!allowed}
              loading={starting}
              aria-label={vary.name}
              onClick={() => void makeVariations()}
            >
              {vary.text}
            </Button>
            {canEdit && (
              <Button size="sm" variant="secondary" disabled={!allowed} aria-label={t("scripts.edit.openNamed", { number })} onClick={() => onEdit(server.id, image, number)}>
                {t("scripts.edit.open")}
              </Button>
            )}
          </>
        )}
        {!server && <p className="text-sm text-ink-muted">{t("scripts.segment.unsaved")}</p>}
      </div>
      {error && <p className="text-sm font-medium text-red-700">{error}</p>}
    </div>
  );
}

"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ImageView } from "@/lib/shared/views";
import { styleLabel } from "./labels";
import { SegmentImageActions } from "./segment-image-actions";
import { SegmentJobs, type LiveJob } from "./segment-jobs";
import { SegmentPicture, SegmentVersions } from "./segment-images";
import type { DraftSegment } from "./timeline-draft";
import { MAX_SEGMENT_CHARS, SEGMENT_STYLES, type ScriptAspect, type ScriptStyle, type SegmentView } from "./types";

/** What a row can ask of the timeline (edits of the draft) and of the studio (jobs, choices). */
export interface SegmentHandlers {
  text: (index: number, text: string) => void;
  timestamp: (index: number, timestamp: string) => void;
  style: (index: number, style: string | null) => void;
  split: (index: number, caret: number | null) => void;
  merge: (index: number) => void;
  move: (index: number, by: -1 | 1) => void;
  add: (index: number) => void;
  remove: (index: number) => void;
  illustrate: (segmentId: string) => void;
  /** Resolves to an error message, or null once the jobs are started. */
  variations: (segmentId: string, imageId: string, count: number) => Promise<string | null>;
  edit: (segmentId: string, image: ImageView, number: number) => void;
  choose: (segmentId: string, imageId: string) => void;
  dismiss: (jobId: string) => void;
}

export interface SegmentRowProps {
  row: DraftSegment;
  index: number;
  count: number;
  /** The saved segment (images, jobs); absent for a segment added since the last save. */
  server: SegmentView | undefined;
  aspect: ScriptAspect;
  scriptStyle: ScriptStyle;
  error: string | null;
  running: readonly LiveJob[];
  failure: LiveJob | null;
  /** Image actions are allowed: the segment is saved, the timeline has no pending edits, no batch runs. */
  imageActions: boolean;
  canEdit: boolean;
  choosing: boolean;
  on: SegmentHandlers;
  /** What one new image should cost with the studio's engine and model (0 free, null unknown). */
  scenePrice: number | null;
}

/** One segment of the timeline: time, text, style, picture, jobs, and its actions. */
export function SegmentRow({ row, index, count, server, aspect, scriptStyle, error, running, failure, imageActions, canEdit, choosing, on, scenePrice }: SegmentRowProps) {
  const t = useT();
  const number = index + 1;
  const id = (part: string) => `seg-${row.key}-${part}`;
  const image = server?.image ?? null;
  const busy = running.length > 0;

  return (
    <li id={id("row")} className="scroll-mt-24">
      <article aria-labelledby={id("heading")} className="@container flex flex-col gap-4 rounded-2xl border border-line bg-surface p-4 shadow-sm sm:p-5">
        <div className="flex flex-wrap items-end gap-3">
          <h3 id={id("heading")} className="mr-auto self-center text-base font-bold text-ink">
            {t("scripts.segment.heading", { number })}
          </h3>
          <Field id={id("timestamp")} label={t("scripts.segment.timestamp")} className="w-28">
            <Input
              value={row.timestamp}
              aria-label={t("scripts.segment.timestampNamed", { number })}
              onChange={(event) => on.timestamp(index, event.target.value)}
              className="h-9 font-mono text-sm"
            />
          </Field>
          <Field id={id("style")} label={t("scripts.segment.style")} className="w-60 max-w-full">
            <Select
              value={row.style ?? ""}
              aria-label={t("scripts.segment.styleNamed", { number })}
              onChange={(event) => on.style(index, event.target.value || null)}
              className="[&_select]:h-9 [&_select]:text-sm"
            >
              <option value="">{t("scripts.segment.styleDefault", { style: styleLabel(t, scriptStyle) })}</option>
              {SEGMENT_STYLES.map((style) => (
                <option key={style} value={style}>
                  {styleLabel(t, style)}
                </option>
              ))}
            </Select>
          </Field>
        </div>

        <div className="grid grid-cols-1 gap-4 @xl:grid-cols-[minmax(0,1fr)_16rem]">
          <Field id={id("text")} label={t("scripts.segment.text")} error={error ?? undefined}>
            <Textarea
              rows={4}
              maxLength={MAX_SEGMENT_CHARS}
              value={row.text}
              aria-label={t("scripts.segment.textNamed", { number })}
              onChange={(event) => on.text(index, event.target.value)}
            />
          </Field>
          <SegmentPicture image={image} segmentNumber={number} aspect={aspect} />
        </div>

        <SegmentJobs
          segmentNumber={number}
          running={running}
          failure={failure}
          onRetry={failure?.kind === "scene" && server && imageActions ? () => on.illustrate(server.id) : undefined}
          onDismiss={on.dismiss}
        />

        <div role="group" aria-label={t("scripts.segment.arrange", { number })} className="flex flex-wrap gap-2">
          <Button id={id("split")} variant="secondary" size="sm" aria-label={t("scripts.segment.splitNamed", { number })} onClick={() => {
            const field = document.getElementById(id("text"));
            on.split(index, field instanceof HTMLTextAreaElement ? field.selectionStart : null);
          }}>
            {t("scripts.segment.split")}
          </Button>
          <Button id={id("merge")} variant="secondary" size="sm" disabled={index === count - 1} aria-label={t("scripts.segment.mergeNamed", { number })} onClick={() => on.merge(index)}>
            {t("scripts.segment.merge")}
          </Button>
          <Button id={id("up")} variant="secondary" size="sm" disabled={index === 0} aria-label={t("scripts.segment.upNamed", { number })} onClick={() => on.move(index, -1)}>
            <span aria-hidden="true">↑</span> {t("scripts.segment.up")}
          </Button>
          <Button id={id("down")} variant="secondary" size="sm" disabled={index === count - 1} aria-label={t("scripts.segment.downNamed", { number })} onClick={() => on.move(index, 1)}>
            <span aria-hidden="true">↓</span> {t("scripts.segment.down")}
          </Button>
          <Button id={id("add")} variant="secondary" size="sm" aria-label={t("scripts.segment.addNamed", { number })} onClick={() => on.add(index)}>
            {t("scripts.segment.add")}
          </Button>
          <Button id={id("remove")} variant="ghost" size="sm" disabled={count <= 1} aria-label={t("scripts.segment.removeNamed", { number })} onClick={() => on.remove(index)} className="text-red-800">
            {t("scripts.segment.remove")}
          </Button>
        </div>

        <SegmentImageActions
          number={number}
          server={server}
          allowed={imageActions}
          busy={busy}
          canEdit={canEdit}
          onIllustrate={on.illustrate}
          onVariations={on.variations}
          onEdit={on.edit}
          scenePrice={scenePrice}
        />

        {server && server.images.length > 1 && (
          <SegmentVersions
            images={server.images}
            chosenId={server.imageId}
            segmentNumber={number}
            headingId={id("versions")}
            busy={choosing}
            onChoose={(imageId) => on.choose(server.id, imageId)}
          />
        )}
      </article>
    </li>
  );
}

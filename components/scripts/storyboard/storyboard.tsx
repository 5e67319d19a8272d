"use client";

import { useCallback, useMemo, useState, type ReactNode } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { buildAnimatic } from "@/lib/shared/scripts/animatic";
import { firstLine, frameStatus } from "@/lib/shared/scripts/frame-status";
import { emptySelection, fitSelection, removalOrder, selectAt, type Selection } from "@/lib/shared/scripts/selection";
import type { LiveJob } from "../segment-jobs";
import type { DraftSegment } from "../timeline-draft";
import type { ScriptView, SegmentView } from "../types";
import { AnimaticPlayer } from "./animatic-player";
import { FrameCard } from "./frame-card";
import { FrameGrid } from "./frame-grid";
import { Inspector } from "./inspector";
import { SelectionActions, type SelectionBatch } from "./selection-actions";
import { SelectionStyle } from "./selection-style";
import { useDensity, type Density } from "./use-view-preference";

export interface StoryboardProps {
  script: ScriptView;
  rows: readonly DraftSegment[];
  serverById: ReadonlyMap<string, SegmentView>;
  jobsFor: (segmentId: string | undefined) => { running: LiveJob[]; failure: LiveJob | null };
  /** The segment's editor (the list view's row), shown in the inspector. */
  renderRow: (index: number) => ReactNode;
  /** Removes these positions from the draft (highest first). */
  onRemove: (indices: number[]) => void;
  /** Save/discard of the timeline's unsaved edits: in the inspector while it is open (where the edits are made). */
  saveBar: ReactNode;
  /** Sets (or, with null, clears) the style override of these positions in the draft. */
  onStyle: (indices: number[], style: string | null) => void;
  /** Illustrating or redrawing the selected frames as one batch. */
  selectionBatch: SelectionBatch;
}

const frameId = (index: number) => `frame-${index}`;

/** The storyboard view: frames in a grid, an inspector for the selected one, and the animatic. */
export function Storyboard({ script, rows, serverById, jobsFor, renderRow, onRemove, onStyle, saveBar, selectionBatch }: StoryboardProps) {
  const t = useT();
  const [density, setDensity] = useDensity();
  const [rawSelection, setSelection] = useState<Selection>(() => emptySelection(rows.length));
  const [inspecting, setInspecting] = useState<{ focus: boolean } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [playing, setPlaying] = useState(false);
  const [playingIndex, setPlayingIndex] = useState<number | null>(null);
  const selection = fitSelection(rawSelection, rows.length);
  const server = (row: DraftSegment | undefined) => (row?.id ? serverById.get(row.id) : undefined);

  const inputs = rows.map((row) => ({ seconds: Number.isFinite(row.seconds) ? row.seconds : 0, text: row.text, imageUrl: server(row)?.image?.fileUrl ?? null }));
  // Keyed by content: a poll that changes nothing on screen must not restart the playback clock.
  const signature = JSON.stringify(inputs);
  const animatic = useMemo(() => buildAnimatic(JSON.parse(signature) as typeof inputs), [signature]);
  const onScene = useCallback((index: number | null) => setPlayingIndex(index), []);
  const closeInspector = useCallback(() => {
    setInspecting(null);
    document.getElementById("storyboard-frames")?.focus();
  }, []);

  const densities: Array<{ value: Density; label: string }> = [
    { value: "compact", label: t("scripts.storyboard.density.compact") },
    { value: "normal", label: t("scripts.storyboard.density.normal") },
    { value: "large", label: t("scripts.storyboard.density.large") },
  ];
  const selectedCount = selection.selected.size;
  // Only saved frames can be drawn: a frame added in the draft has no id yet.
  const selectedIds = [...selection.selected].sort((a, b) => a - b).flatMap((index) => (rows[index]?.id ? [rows[index].id] : []));

  const open = inspecting !== null && selection.active >= 0;

  return (
    <div className={cn("flex flex-col gap-4", open && "xl:grid xl:grid-cols-[minmax(0,1fr)_28rem] xl:items-start")}>
      <div className="flex min-w-0 flex-col gap-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <SegmentedControl name="storyboard-density" legend={t("scripts.storyboard.density.label")} legendHidden options={densities} value={density} onValueChange={setDensity} size="sm" />
          <div className="flex flex-wrap items-center gap-2">
            <span className="text-sm text-ink-muted" aria-live="polite">{t("scripts.storyboard.selected", { count: selectedCount })}</span>
            <SelectionActions scriptId={script.id} segmentIds={selectedIds} batch={selectionBatch} />
            <SelectionStyle count={selectedCount} scriptStyle={script.style} onStyle={(style) => onStyle([...selection.selected], style)} />
            <Button variant="secondary" size="sm" disabled={selectedCount === 0 || selectedCount >= rows.length} onClick={() => setConfirming(true)}>
              {t("scripts.storyboard.deleteSelected", { count: selectedCount })}
            </Button>
            <Button size="sm" onClick={() => setPlaying((on) => !on)} aria-expanded={playing}>
              {t("scripts.animatic.open")}
            </Button>
          </div>
        </div>
        {playing && animatic.scenes.length > 0 && (
          <AnimaticPlayer animatic={animatic} aspect={script.aspect} title={script.title} onScene={onScene} onClose={() => setPlaying(false)} />
        )}

        <FrameGrid
          id="storyboard-frames"
          label={t("scripts.storyboard.gridLabel", { count: rows.length })}
          count={rows.length}
          aspect={script.aspect}
          density={density}
          selection={selection}
          onSelection={setSelection}
          onOpen={(_, focus) => setInspecting({ focus })}
          onDelete={() => selectedCount < rows.length && setConfirming(true)}
          frameId={frameId}
          renderFrame={(index, onPointerDown) => {
            const row = rows[index];
            const saved = server(row);
            const jobs = jobsFor(saved?.id);
            const image = saved?.image ?? null;
            return (
              <FrameCard
                key={row?.key ?? index}
                id={frameId(index)}
                number={index + 1}
                timestamp={row?.timestamp ?? ""}
                line={firstLine(row?.text ?? "")}
                imageUrl={image?.fileUrl ?? null}
                status={frameStatus({ imageOptions: image?.options, hasImage: image !== null, text: row?.text ?? "", running: jobs.running, failure: jobs.failure })}
                costUsd={(saved?.images ?? []).reduce((sum, item) => sum + item.costUsd, 0)}
                aspect={script.aspect}
                active={selection.active === index}
                selected={selection.selected.has(index)}
                playing={playingIndex === index}
                onPointerDown={onPointerDown}
              />
              );
            }}
          />

        <p className="text-xs text-ink-muted" id="storyboard-frames-help">{t("scripts.storyboard.help")}</p>
        {!open && saveBar}
      </div>

      {open && (
        <Inspector number={selection.active + 1} focusOnOpen={inspecting.focus} onClose={closeInspector} footer={saveBar}>
          {renderRow(selection.active)}
        </Inspector>
      )}

      <ConfirmDialog
        open={confirming}
        tone="danger"
        title={t("scripts.storyboard.confirmTitle", { count: selectedCount })}
        description={t("scripts.storyboard.confirmText")}
        confirmLabel={t("scripts.storyboard.confirmRemove", { count: selectedCount })}
        cancelLabel={t("common.cancel")}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          onRemove(removalOrder(selection));
          setConfirming(false);
          setInspecting(null);
          setSelection(selectAt(emptySelection(0), Math.max(0, Math.min(...selection.selected)), "replace"));
        }}
      />
    </div>
  );
}


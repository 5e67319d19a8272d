"use client";

import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from "react";
import { ApiError } from "@/components/api/api-error";
import { useT } from "@/components/i18n/i18n-provider";
import { insertSegment, mergeSegments, moveSegment, removeSegment, splitSegment, type ScriptSegment } from "@/lib/shared/segment-ops";
import { apiErrorText, stripNumberLead } from "./labels";
import type { LiveJob } from "./segment-jobs";
import { SegmentRow, type SegmentHandlers } from "./segment-row";
import { SaveBar } from "./save-bar";
import { operationError, splitPoint, toDraft, toPatchSegments, withKeys, withTimestamp, type DraftSegment } from "./timeline-draft";
import type { ScriptPatch, ScriptView } from "./types";
import { Storyboard } from "./storyboard/storyboard";
import type { SelectionBatch } from "./storyboard/selection-actions";
import { ViewSwitch } from "./storyboard/view-switch";
import { useStudioView } from "./storyboard/use-view-preference";

type JobHandlers = Pick<SegmentHandlers, "illustrate" | "variations" | "edit" | "choose" | "dismiss">;

export interface TimelineProps {
  script: ScriptView;
  /** Unsaved edits; null while the timeline shows the saved segments. */
  draft: DraftSegment[] | null;
  setDraft: Dispatch<SetStateAction<DraftSegment[] | null>>;
  patch: (body: ScriptPatch) => Promise<unknown>;
  jobsFor: (segmentId: string | undefined) => { running: LiveJob[]; failure: LiveJob | null };
  /** No batch is running (image actions would race it). */
  idle: boolean;
  canEdit: boolean;
  choosing: boolean;
  handlers: JobHandlers;
  /** What one new image should cost with the studio's engine and model (0 free, null unknown). */
  scenePrice: number | null;
  /** The engine's estimate parameters and the start of a selection's batch (blocked here while the draft or a batch is open). */
  selectionBatch: Omit<SelectionBatch, "blocked">;
}

interface FocusTarget {
  key: string;
  part: "text" | "up" | "down" | "add";
  select?: boolean;
}

function focusOn(row: DraftSegment | undefined, part: FocusTarget["part"], select = false): FocusTarget | null {
  return row ? { key: row.key, part, select } : null;
}

/**
 * The ordered segments. Edits (text, time, style, split, merge, move, add, remove) change a draft
 * with the same rules as the server; "Save changes" sends the whole list, and a refusal points
 * at its segment.
 */
export function Timeline({ script, draft, setDraft, patch, jobsFor, idle, canEdit, choosing, handlers, scenePrice, selectionBatch }: TimelineProps) {
  const t = useT();
  const rows = draft ?? toDraft(script.segments);
  const [error, setError] = useState<{ line: number | null; message: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const focusRef = useRef<FocusTarget | null>(null);
  const [view, setView] = useStudioView();

  // Focus follows the segment an action moved, created or revealed (after React has rendered it).
  useEffect(() => {
    const target = focusRef.current;
    if (!target) return;
    focusRef.current = null;
    const element = document.getElementById(`seg-${target.key}-${target.part}`);
    if (element instanceof HTMLButtonElement && element.disabled) document.getElementById(`seg-${target.key}-text`)?.focus();
    else element?.focus();
    if (target.select && element instanceof HTMLTextAreaElement) element.select();
  });

  function apply(op: (list: DraftSegment[]) => ScriptSegment[], focus: (next: DraftSegment[]) => FocusTarget | null, message: string) {
    try {
      const next = withKeys(op(rows));
      setDraft(next);
      setError(null);
      focusRef.current = focus(next);
      setAnnouncement(message);
    } catch (caught) {
      const found = operationError(caught);
      if (!found) throw caught;
      setError(found);
    }
  }

  function edit(index: number, change: (row: DraftSegment) => DraftSegment) {
    setDraft(rows.map((row, position) => (position === index ? change(row) : row)));
  }

  const on: SegmentHandlers = {
    ...handlers,
    text: (index, text) => edit(index, (row) => ({ ...row, text })),
    timestamp: (index, timestamp) => edit(index, (row) => withTimestamp(row, timestamp)),
    style: (index, style) => edit(index, (row) => ({ ...row, style })),
    split: (index, caret) =>
      apply(
        (list) => splitSegment(list, index, splitPoint(list[index]?.text ?? "", caret)),
        (next) => focusOn(next[index + 1], "text"),
        t("scripts.timeline.announceSplit", { number: index + 1 }),
      ),
    merge: (index) =>
      apply(
        (list) => mergeSegments(list, index),
        (next) => focusOn(next[index], "text"),
        t("scripts.timeline.announceMerged", { number: index + 1, next: index + 2 }),
      ),
    move: (index, by) => {
      const key = rows[index]?.key ?? "";
      const to = index + by;
      apply(
        (list) => moveSegment(list, index, to),
        () => ({ key, part: by < 0 ? "up" : "down" }),
        t("scripts.timeline.announceMoved", { number: to + 1 }),
      );
    },
    add: (index) =>
      apply(
        (list) => insertSegment(list, index + 1, { text: t("scripts.segment.newText") }),
        (next) => focusOn(next[index + 1], "text", true),
        t("scripts.timeline.announceAdded", { number: index + 2 }),
      ),
    remove: (index) =>
      apply(
        (list) => removeSegment(list, index),
        (next) => focusOn(next[index] ?? next[index - 1], "text"),
        t("scripts.timeline.announceRemoved", { number: index + 1 }),
      ),
  };

  // The storyboard removes a selection at once: highest positions first keep the others in place.
  function removeMany(indices: number[]) {
    apply((list) => indices.reduce<ScriptSegment[]>((kept, index) => removeSegment(kept, index), list), () => null, t("scripts.storyboard.announceRemoved", { count: indices.length }));
  }

  // One draft change for the whole selection, saved with the others as one PATCH.
  function styleMany(indices: number[], style: string | null) {
    const chosen = new Set(indices);
    setDraft(rows.map((row, position) => (chosen.has(position) ? { ...row, style } : row)));
    setAnnouncement(t("scripts.storyboard.announceStyled", { count: indices.length }));
  }

  async function save() {
    setSaving(true);
    try {
      await patch({ segments: toPatchSegments(rows) });
      setDraft(null);
      setError(null);
      setAnnouncement(t("scripts.timeline.saved"));
    } catch (caught) {
      if (caught instanceof ApiError && caught.line) {
        setError({ line: caught.line, message: caught.message });
        const row = rows[caught.line - 1];
        if (row) focusRef.current = { key: row.key, part: "text" };
      } else {
        setError({ line: null, message: apiErrorText(t, caught) });
      }
    } finally {
      setSaving(false);
    }
  }

  function discard() {
    setDraft(null);
    setError(null);
    setAnnouncement(t("scripts.timeline.discarded"));
  }

  const errorText = error
    ? error.line
      ? t("scripts.timeline.segmentError", { number: error.line, message: stripNumberLead(error.message, error.line) })
      : error.message
    : null;
  const serverById = new Map(script.segments.map((segment) => [segment.id, segment]));
  const saveBar = draft !== null || error ? <SaveBar error={errorText} dirty={draft !== null} saving={saving} onSave={() => void save()} onDiscard={discard} /> : null;

  function renderRow(index: number) {
    const row = rows[index];
    if (!row) return null;
    const server = row.id ? serverById.get(row.id) : undefined;
    const jobs = jobsFor(server?.id);
    return (
      <SegmentRow
        key={row.key}
        row={row}
        index={index}
        count={rows.length}
        server={server}
        aspect={script.aspect}
        scriptStyle={script.style}
        error={error?.line === index + 1 ? errorText : null}
        running={jobs.running}
        failure={jobs.failure}
        imageActions={idle && draft === null}
        canEdit={canEdit}
        choosing={choosing}
        on={on}
        scenePrice={scenePrice}
      />
    );
  }

  return (
    <section aria-labelledby="timeline-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="timeline-heading" className="text-xl font-bold tracking-tight text-ink">
          {t("scripts.timeline.heading")}
        </h2>
        <p className="text-sm text-ink-muted">{t("scripts.list.segments", { count: rows.length })}</p>
        <ViewSwitch view={view} onView={setView} />
      </div>
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>

      {view === "list" ? (
        <ol className="flex flex-col gap-4">{rows.map((_, index) => renderRow(index))}</ol>
      ) : (
        <Storyboard script={script} rows={rows} serverById={serverById} jobsFor={jobsFor} renderRow={renderRow} onRemove={removeMany} onStyle={styleMany} saveBar={saveBar} selectionBatch={{ ...selectionBatch, blocked: !(idle && draft === null) }} />
      )}

      {view === "list" && saveBar}
    </section>
  );
}

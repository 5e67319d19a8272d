"use client";

import Link from "next/link";
import { useCallback, useState } from "react";
import { fetchJson } from "@/components/api/fetch-json";
import { useFollow } from "@/components/jobs/use-follow";
import { useT } from "@/components/i18n/i18n-provider";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { buttonClassName } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/empty-state";
import { Spinner } from "@/components/ui/spinner";
import type { ImageView } from "@/lib/shared/views";
import { scriptUrl } from "./script-url";
import { BatchPanel } from "./batch-panel";
import { editPrice, sceneImagePrice } from "./image-price";
import { DeleteScript } from "./delete-script";
import { EditDialog } from "./edit-dialog";
import { EditorExchange } from "./editor-exchange";
import { ExportLinks } from "./export-links";
import { ScriptSettings } from "./script-settings";
import type { LiveJob } from "./segment-jobs";
import { apiErrorText } from "./labels";
import { Timeline } from "./timeline";
import type { DraftSegment } from "./timeline-draft";
import { followEntries, segmentActivity, type FollowEntry } from "./segment-activity";
import type { ModelChoice } from "@/components/models/model-picker";
import { fitQualityTo, type ImageModelView } from "@/lib/shared/models";
import type { BatchView, EngineChoice, IllustrateResponse } from "./types";
import { useScript } from "./use-script";

export interface ScriptStudioProps {
  scriptId: string;
  engines: readonly EngineChoice[];
  defaultEngine: EngineChoice;
  /** The image models this server allows (empty without OpenAI), and the default for scenes. */
  models: readonly ImageModelView[];
  defaultModel: string;
}

interface Editing {
  segmentId: string;
  image: ImageView;
  number: number;
}

/** The script studio: settings, batch, timeline with each segment's jobs and images, exports. */
export function ScriptStudio({ scriptId, engines, defaultEngine, models, defaultModel }: ScriptStudioProps) {
  const t = useT();
  const [engine, setEngine] = useState<EngineChoice>(defaultEngine);
  const [choice, setChoice] = useState<ModelChoice>({ model: defaultModel, quality: "medium" });
  const { quality } = choice;
  // The script's estimate is for the default model (at its closest quality); other models use the model list's prices.
  const defaultQualities = models.find((m) => m.id === defaultModel)?.capabilities.qualities ?? [quality];
  const { script, loadError, refresh, patch } = useScript(scriptId, { engine, quality: fitQualityTo(quality, defaultQualities) });
  const [draft, setDraft] = useState<DraftSegment[] | null>(null);
  const [localBatch, setLocalBatch] = useState<BatchView | null>(null);
  const [started, setStarted] = useState<FollowEntry[]>([]);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(() => new Set());
  const [editing, setEditing] = useState<Editing | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);

  const reload = useCallback(() => void refresh(), [refresh]);
  // One connection follows the batch and every job started or found running outside it.
  const known = localBatch ?? script?.batch ?? null;
  const entries = followEntries(script, known, started);
  const follow = useFollow({ jobIds: entries.map((entry) => entry.jobId), batchIds: known ? [known.id] : [], known: { batches: known ? [known] : [] }, onSettled: reload });
  const batch = known ? (follow.batches[known.id] ?? known) : null;
  const { putBatch } = follow;
  const showBatch = useCallback(
    (next: BatchView) => {
      setLocalBatch(next);
      putBatch(next);
    },
    [putBatch],
  );

  if (!script) {
    if (loadError?.status === 404) {
      return (
        <EmptyState
          title={t("scripts.studio.notFoundTitle")}
          description={t("scripts.studio.notFoundText")}
          action={<Link href="/scripts" className={buttonClassName({ variant: "primary" })}>{t("scripts.studio.backToScripts")}</Link>}
        />
      );
    }
    if (loadError) {
      return <Alert tone="error" title={t("scripts.studio.loadFailed")}>{apiErrorText(t, loadError)}</Alert>;
    }
    return <Spinner label={t("scripts.studio.loading")} className="py-16" />;
  }

  const running = batch?.status === "running";

  function jobsFor(segmentId: string | undefined): { running: LiveJob[]; failure: LiveJob | null } {
    const segment = script?.segments.find((item) => item.id === segmentId);
    return segment ? segmentActivity({ segment, batch, entries, jobs: follow.jobs, lost: follow.lost, dismissed }) : { running: [], failure: null };
  }

  async function illustrate(segmentId: string) {
    setActionError(null);
    try {
      const body = { segmentIds: [segmentId], redraw: true, engine, ...(engine === "openai" ? choice : {}) };
      const answer = await fetchJson<IllustrateResponse>(scriptUrl(scriptId, "/illustrate"), { method: "POST", json: body });
      showBatch(await fetchJson<BatchView>(`/api/batches/${encodeURIComponent(answer.batchId)}`));
      void refresh();
    } catch (caught) {
      setActionError(apiErrorText(t, caught));
    }
  }

  async function illustrateSelection(segmentIds: string[], redraw: boolean): Promise<string | null> {
    try {
      const body = { segmentIds, redraw, engine, ...(engine === "openai" ? choice : {}) };
      const answer = await fetchJson<IllustrateResponse>(scriptUrl(scriptId, "/illustrate"), { method: "POST", json: body });
      showBatch(await fetchJson<BatchView>(`/api/batches/${encodeURIComponent(answer.batchId)}`));
      void refresh();
      return null;
    } catch (caught) {
      return apiErrorText(t, caught);
    }
  }

  async function variations(segmentId: string, imageId: string, count: number): Promise<string | null> {
    try {
      const answer = await fetchJson<{ jobIds: string[] }>(`/api/images/${encodeURIComponent(imageId)}/variations`, {
        method: "POST",
        json: { count, engine, ...(engine === "openai" ? choice : {}) },
      });
      setStarted((previous) => [...previous, ...answer.jobIds.map((jobId) => ({ jobId, segmentId, kind: "variation" }))]);
      return null;
    } catch (caught) {
      return apiErrorText(t, caught);
    }
  }

  async function choose(segmentId: string, imageId: string) {
    setChoosing(true);
    setActionError(null);
    try {
      await patch({ choices: [{ segmentId, imageId }] });
    } catch (caught) {
      setActionError(apiErrorText(t, caught));
    } finally {
      setChoosing(false);
    }
  }

  const illustrated = script.segments.filter((segment) => segment.imageId).length;

  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/scripts" className="hover:underline">
            <span aria-hidden="true">← </span>
            {t("scripts.studio.backToScripts")}
          </Link>
        }
        title={script.title}
        description={t("scripts.studio.summary", { count: script.segments.length, illustrated })}
        actions={<DeleteScript scriptId={script.id} title={script.title} />}
      />
      {actionError && (
        <Alert tone="error" className="mb-6">
          {actionError}
        </Alert>
      )}
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[22rem_minmax(0,1fr)] lg:gap-8">
        <div className="flex flex-col gap-6">
          <BatchPanel
            script={script}
            batch={batch}
            onBatch={showBatch}
            engines={engines}
            engine={engine}
            onEngineChange={setEngine}
            models={models}
            choice={choice}
            onChoiceChange={setChoice}
            dirty={draft !== null}
          />
          <ScriptSettings script={script} patch={patch} />
          <ExportLinks scriptId={script.id} illustrated={illustrated} />
          <EditorExchange scriptId={script.id} dirty={draft !== null} onApplied={reload} />
        </div>
        <Timeline
          script={script}
          draft={draft}
          setDraft={setDraft}
          patch={patch}
          jobsFor={jobsFor}
          idle={!running}
          canEdit={engines.includes("openai")}
          choosing={choosing}
          scenePrice={sceneImagePrice(script, engine, choice, models)}
          selectionBatch={{ params: { engine, ...(engine === "openai" ? { model: choice.model, quality: choice.quality } : {}) }, start: illustrateSelection }}
          handlers={{
            illustrate: (segmentId) => void illustrate(segmentId),
            variations,
            edit: (segmentId, image, number) => setEditing({ segmentId, image, number }),
            choose: (segmentId, imageId) => void choose(segmentId, imageId),
            dismiss: (jobId) => setDismissed((previous) => new Set(previous).add(jobId)),
          }}
        />
      </div>
      {editing && (
        <EditDialog
          image={editing.image}
          title={t("scripts.edit.title", { number: editing.number })}
          imageAlt={t("scripts.segment.imageAlt", { number: editing.number })}
          model={choice.model}
          quality={quality}
          price={editPrice(models, choice.model, quality)}
          onClose={() => setEditing(null)}
          onStarted={(jobId) => setStarted((previous) => [...previous, { jobId, segmentId: editing.segmentId, kind: "edit" }])}
        />
      )}
    </>
  );
}

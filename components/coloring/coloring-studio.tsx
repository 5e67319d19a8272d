"use client";

import { useEffect, useRef, useState } from "react";
import { ApiError } from "@/components/api/api-error";
import { fetchJson } from "@/components/api/fetch-json";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { describeError } from "@/components/jobs/job-error";
import { JobProgress } from "@/components/jobs/job-progress";
import { Card, CardTitle } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";
import type { ImageModelView } from "@/lib/shared/models";
import type { ImageView, JobView } from "@/lib/shared/views";
import { ColoringForm } from "./coloring-form";
import { ColoringResult } from "./coloring-result";
import {
  THEME_MAX,
  type ColoringOptions,
  type ColoringOutcome,
  type ColoringRequestBody,
  type EngineChoice,
  type FieldErrors,
  type StartColoringResponse,
} from "./types";

export interface ColoringStudioProps {
  engines: readonly EngineChoice[];
  defaultEngine: EngineChoice;
  /** The image models this server allows (empty without OpenAI), and the default for pages. */
  models: readonly ImageModelView[];
  defaultModel: string;
}

type Phase =
  | { kind: "idle" }
  | { kind: "running"; job: JobView; request: ColoringRequestBody; stopped?: boolean }
  | { kind: "loading"; request: ColoringRequestBody }
  | { kind: "done"; outcome: ColoringOutcome };

const MAX_SEED = 2_147_483_647;

function validate(options: ColoringOptions, t: ReturnType<typeof useT>): FieldErrors {
  const theme = options.theme.trim();
  if (!theme) return { theme: t("coloring.themeRequired") };
  if (theme.length > THEME_MAX) return { theme: t("coloring.themeTooLong", { max: THEME_MAX }) };
  return {};
}

/** The coloring page studio: the form on one side, progress and then the page on the other. */
export function ColoringStudio({ engines, defaultEngine, models, defaultModel }: ColoringStudioProps) {
  const t = useT();
  const locale = useLocale();
  const [options, setOptions] = useState<ColoringOptions>({
    theme: "",
    ageGroup: "6-9",
    paper: locale === "en" ? "letter" : "a4",
    orientation: "portrait",
    reference: false,
    title: true,
    engine: defaultEngine,
    model: defaultModel,
    quality: "medium",
    vector: false,
  });
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [sending, setSending] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  // Stacked on a phone, the progress and the page are below the form: bring them into view.
  useEffect(() => {
    if (phase.kind !== "running" && phase.kind !== "done") return;
    if (!window.matchMedia("(max-width: 1023px)").matches) return;
    const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    resultRef.current?.scrollIntoView({ block: "start", behavior: smooth ? "smooth" : "auto" });
  }, [phase.kind]);

  function fail(error: unknown) {
    if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
      setErrors(error.fields as FieldErrors);
      setFormError(error.fields._ ?? t("coloring.fixFields"));
    } else {
      const info = error instanceof ApiError ? { code: error.code, message: error.message } : { code: "", message: "" };
      setFormError(describeError(t, info));
    }
  }

  async function showResult(job: JobView, request: ColoringRequestBody) {
    const imageId = job.imageIds[0];
    if (!imageId) {
      setPhase({ kind: "idle" });
      setFormError(t("common.errorGeneric"));
      return;
    }
    setPhase({ kind: "loading", request });
    try {
      const image = await fetchJson<ImageView>(`/api/images/${encodeURIComponent(imageId)}`);
      setPhase({ kind: "done", outcome: { image, job, request } });
    } catch (error) {
      setPhase({ kind: "idle" });
      fail(error);
    }
  }

  async function start(request: ColoringRequestBody) {
    setSending(true);
    setErrors({});
    setFormError(null);
    try {
      const answer = await fetchJson<StartColoringResponse>("/api/coloring-pages", { method: "POST", json: request });
      if (answer.job.status === "succeeded") await showResult(answer.job, request);
      else setPhase({ kind: "running", job: answer.job, request });
    } catch (error) {
      fail(error);
    } finally {
      setSending(false);
    }
  }

  function submit() {
    const found = validate(options, t);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFormError(null);
      return;
    }
    // The model belongs to OpenAI: the offline engine is sent none, nor a vector wish it keeps anyway.
    const openai = options.engine === "openai";
    const drawsSvg = openai && models.find((m) => m.id === options.model)?.capabilities.vector === true;
    void start({ ...options, theme: options.theme.trim(), model: openai ? options.model : undefined, vector: drawsSvg && options.vector });
  }

  const running = (phase.kind === "running" && !phase.stopped) || phase.kind === "loading";
  const busy = sending || running;

  return (
    <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-2 lg:gap-8">
      <Card>
        <ColoringForm value={options} onChange={setOptions} engines={engines} models={models} errors={errors} formError={formError} busy={busy} onSubmit={submit} />
      </Card>

      <div ref={resultRef} className="scroll-mt-20 lg:sticky lg:top-24">
        <Card as="section" aria-labelledby="coloring-result-heading" className="flex flex-col gap-4">
          <CardTitle id="coloring-result-heading">{t("coloring.resultHeading")}</CardTitle>
          {phase.kind === "idle" && (
            <div className="flex aspect-[17/22] w-full items-center justify-center rounded-sm border-2 border-dashed border-line bg-white/60 p-6 text-center text-ink-muted">
              {t("coloring.resultPlaceholder")}
            </div>
          )}
          {phase.kind === "running" && (
            <JobProgress
              key={phase.job.id}
              jobId={phase.job.id}
              initialJob={phase.job}
              onDone={(job) => void showResult(job, phase.request)}
              onStopped={() => setPhase({ ...phase, stopped: true })}
              onRetry={() => void start({ ...phase.request, regenerate: false })}
            />
          )}
          {phase.kind === "loading" && <Spinner label={t("coloring.resultLoading")} className="self-center py-10" />}
          {phase.kind === "done" && (
            <ColoringResult
              outcome={phase.outcome}
              busy={sending}
              onShuffle={() => void start({ ...phase.outcome.request, seed: Math.floor(Math.random() * MAX_SEED), regenerate: false })}
              onRegenerate={() => void start({ ...phase.outcome.request, regenerate: true })}
            />
          )}
        </Card>
      </div>
    </div>
  );
}

"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { fetchJson } from "@/components/api/fetch-json";
import { uploadForm } from "@/components/api/upload-form";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import type { ImageView, JobView } from "@/lib/shared/views";
import { describePhotoError, precheckPhoto } from "./photo-errors";
import { photoFormData } from "./photo-form-data";
import type { ImageModelView } from "@/lib/shared/models";
import { PhotoOptionsFields } from "./photo-options";
import { PhotoPicker } from "./photo-picker";
import { PhotoResults } from "./photo-results";
import { PHOTO_MODES, type PhotoLimits, type PhotoMode, type PhotoOptions, type PhotoRun, type StartPhotoResponse } from "./types";
import { usePhotoPreview } from "./use-photo-preview";

export interface PhotoStudioProps {
  /** OpenAI is configured on the server, so Redraw can be used. */
  redrawAvailable: boolean;
  /** The reader is an admin, who may be told how to offer Redraw. */
  configHint: boolean;
  limits: PhotoLimits;
  /** The image models this server allows for Redraw, and the default for pages. */
  models: readonly ImageModelView[];
  defaultModel: string;
}

type Runs = Partial<Record<PhotoMode, PhotoRun>>;
/** Where a failed start is reported: under Convert, or in the column of "Try the other mode". */
type StartError = { where: "form" | "compare"; message: string };

function isBusy(run: PhotoRun | undefined): boolean {
  return run?.kind === "uploading" || run?.kind === "loading" || (run?.kind === "running" && !run.stopped);
}

/** The Photos page: pick a photo, choose a mode and options, convert, compare both modes, delete. */
export function PhotoStudio({ redrawAvailable, configHint, limits, models, defaultModel }: PhotoStudioProps) {
  const t = useT();
  const locale = useLocale();
  const [photo, choosePhoto] = usePhotoPreview();
  const [pickError, setPickError] = useState<string | null>(null);
  const [options, setOptions] = useState<PhotoOptions>({
    mode: "trace",
    ageGroup: "6-9",
    paper: locale === "en" ? "letter" : "a4",
    orientation: "portrait",
    reference: false,
    detail: 3,
    simplifyBackground: true,
    model: defaultModel,
    quality: "medium",
  });
  const [runs, setRuns] = useState<Runs>({});
  const [photoId, setPhotoId] = useState<string | null>(null);
  const [startError, setStartError] = useState<StartError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Bumped when the photo changes or is deleted: answers for the old photo are then ignored.
  const generation = useRef(0);
  const uploads = useRef(new Set<AbortController>());

  useEffect(() => {
    const pending = uploads.current;
    return () => pending.forEach((controller) => controller.abort());
  }, []);

  const setRun = (mode: PhotoMode, run: PhotoRun | undefined) => setRuns((previous) => ({ ...previous, [mode]: run }));
  const busy = PHOTO_MODES.some((mode) => isBusy(runs[mode]));

  function reset() {
    generation.current += 1;
    uploads.current.forEach((controller) => controller.abort());
    uploads.current.clear();
    setRuns({});
    setPhotoId(null);
    setStartError(null);
  }

  function pick(file: File) {
    setNotice(null);
    const problem = precheckPhoto(t, file, limits, locale);
    setPickError(problem);
    if (problem) return;
    reset();
    choosePhoto(file);
  }

  async function showResult(mode: PhotoMode, job: JobView, request: PhotoOptions, started: number) {
    const imageId = job.imageIds[0];
    if (!imageId) {
      setRun(mode, undefined);
      setStartError({ where: "form", message: t("common.errorGeneric") });
      return;
    }
    setRun(mode, { kind: "loading" });
    try {
      const image = await fetchJson<ImageView>(`/api/images/${encodeURIComponent(imageId)}`);
      if (generation.current === started) setRun(mode, { kind: "done", image, job, options: request });
    } catch (error) {
      if (generation.current !== started) return;
      setRun(mode, undefined);
      setStartError({ where: "form", message: describePhotoError(t, error, limits, locale) });
    }
  }

  async function start(request: PhotoOptions, where: StartError["where"]) {
    if (!photo) {
      setStartError({ where, message: t("photos.errors.noPhoto") });
      return;
    }
    const mode = request.mode;
    const previous = runs[mode];
    const started = generation.current;
    const controller = new AbortController();
    uploads.current.add(controller);
    setStartError(null);
    setNotice(null);
    setRun(mode, { kind: "uploading", percent: 0 });
    try {
      const answer = await uploadForm<StartPhotoResponse>("/api/photo-pages", photoFormData(photo.file, request), {
        signal: controller.signal,
        onProgress: (fraction: number | null) => {
          if (generation.current === started) setRun(mode, { kind: "uploading", percent: fraction === null ? null : Math.round(fraction * 100) });
        },
      });
      if (generation.current !== started) return;
      setPhotoId(answer.photoId);
      if (answer.job.status === "succeeded") await showResult(mode, answer.job, request, started);
      else setRun(mode, { kind: "running", job: answer.job, options: request });
    } catch (error) {
      if (generation.current !== started || (error instanceof DOMException && error.name === "AbortError")) return;
      // A page already shown for this mode stays; the error says why the new one was not made.
      setRun(mode, previous?.kind === "done" ? previous : undefined);
      setStartError({ where, message: describePhotoError(t, error, limits, locale) });
    } finally {
      uploads.current.delete(controller);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!busy) void start(options, "form");
  }

  function tryOther(mode: PhotoMode) {
    const finished = PHOTO_MODES.map((other) => runs[other]).find((run) => run?.kind === "done");
    if (finished?.kind === "done") void start({ ...finished.options, mode }, "compare");
  }

  function jobDone(mode: PhotoMode, job: JobView) {
    const run = runs[mode];
    if (run?.kind === "running") void showResult(mode, job, run.options, generation.current);
  }

  function jobStopped(mode: PhotoMode) {
    const run = runs[mode];
    if (run?.kind === "running") setRun(mode, { ...run, stopped: true });
  }

  function retry(mode: PhotoMode) {
    const run = runs[mode];
    if (run?.kind !== "running") return;
    // A failed retry is reported in the column when it shows the compare offer again (the other mode has a page).
    const besideAPage = PHOTO_MODES.some((other) => other !== mode && runs[other]?.kind === "done");
    void start(run.options, besideAPage ? "compare" : "form");
  }

  function deleted() {
    reset();
    choosePhoto(null);
    setPickError(null);
    setNotice(t("photos.delete.done"));
  }


  return (
    <div className="flex flex-col gap-6 lg:gap-8">
      <form noValidate onSubmit={submit} aria-label={t("photos.formLabel")} className="grid grid-cols-1 items-start gap-6 lg:grid-cols-2 lg:gap-8">
        <Card as="section" aria-labelledby="photo-upload-heading" className="flex flex-col gap-5">
          <CardTitle id="photo-upload-heading">{t("photos.upload.heading")}</CardTitle>
          <PhotoPicker photo={photo} onPick={pick} limits={limits} error={pickError} disabled={busy} />
          <p className="flex items-start gap-2 text-sm text-ink-muted">
            <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="mt-0.5 size-4 shrink-0 text-accent-700">
              <path fillRule="evenodd" d="M10 1.5 3.5 4v5.2c0 4 2.8 7.6 6.5 9.3 3.7-1.7 6.5-5.3 6.5-9.3V4L10 1.5Zm3.3 6.3-4 4a.75.75 0 0 1-1.06 0l-2-2a.75.75 0 1 1 1.06-1.06l1.47 1.47 3.47-3.47a.75.75 0 1 1 1.06 1.06Z" />
            </svg>
            <span>{t("photos.upload.privacy")}</span>
          </p>
        </Card>

        <Card as="section" aria-labelledby="photo-options-heading" className="flex flex-col gap-6">
          <CardTitle id="photo-options-heading">{t("photos.optionsHeading")}</CardTitle>
          <PhotoOptionsFields value={options} onChange={setOptions} redrawAvailable={redrawAvailable} configHint={configHint} models={models} />
          {startError?.where === "form" && <Alert tone="error">{startError.message}</Alert>}
          <div className="flex justify-end border-t border-line pt-5">
            <Button type="submit" size="lg" loading={busy}>
              {t("photos.convert")}
            </Button>
          </div>
        </Card>
      </form>

      {notice && <Alert tone="success">{notice}</Alert>}

      <PhotoResults
        runs={runs}
        redrawAvailable={redrawAvailable}
        busy={busy}
        compareError={startError?.where === "compare" ? startError.message : null}
        photoId={photoId}
        onTry={tryOther}
        onJobDone={jobDone}
        onJobStopped={jobStopped}
        onRetry={retry}
        onDeleted={deleted}
      />
    </div>
  );
}

"use client";

import { useId, useRef, useState, type FormEvent } from "react";
import { ApiError } from "@/components/api/api-error";
import { fetchJson } from "@/components/api/fetch-json";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { formatUsdAmount } from "@/lib/shared/money";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { Textarea } from "@/components/ui/textarea";
import type { ImageView } from "@/lib/shared/views";
import { apiErrorText } from "./labels";
import { buildMask, hasPaint } from "./mask";
import { MaskPainter, type BrushMode } from "./mask-painter";
import { Modal } from "./modal";
import { MAX_EDIT_PROMPT, type QualityChoice } from "./types";

export interface EditDialogProps {
  image: ImageView;
  /** The dialog's title, e.g. "Edit the image of segment 3". */
  title: string;
  /** The image's description for assistive technology. */
  imageAlt: string;
  /** Edits are always made by OpenAI, with this model (the server's default for the image when omitted) at this quality. */
  model?: string;
  quality: QualityChoice;
  /** What the edit should cost, in dollars (the model list's price); not shown when unknown. */
  price?: number | null;
  onClose: () => void;
  /** The edit job was accepted. */
  onStarted: (jobId: string) => void;
}

/**
 * A prompt edit of one image, with an optional mask painted over it. The painted area is what may
 * change; "Change the whole image" edits without a mask, for keyboard users and big changes alike.
 */
export function EditDialog({ image, title, imageAlt, model, quality, price, onClose, onStarted }: EditDialogProps) {
  const t = useT();
  const locale = useLocale();
  const hintId = useId();
  const brushId = useId();
  const formId = useId();
  const promptRef = useRef<HTMLTextAreaElement>(null);
  const layerRef = useRef<HTMLCanvasElement>(null);
  const [prompt, setPrompt] = useState("");
  const [whole, setWhole] = useState(false);
  const [mode, setMode] = useState<BrushMode>("paint");
  const [brush, setBrush] = useState(40);
  const [painted, setPainted] = useState(false);
  const [promptError, setPromptError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function clear() {
    const layer = layerRef.current;
    layer?.getContext("2d")?.clearRect(0, 0, layer.width, layer.height);
    setPainted(false);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const text = prompt.trim();
    if (!text) {
      setPromptError(t("scripts.edit.promptRequired"));
      promptRef.current?.focus();
      return;
    }
    setPromptError(null);
    setError(null);
    setBusy(true);
    try {
      const form = new FormData();
      form.set("prompt", text);
      form.set("engine", "openai");
      if (model) form.set("model", model);
      form.set("quality", quality);
      const layer = layerRef.current;
      if (!whole && layer && hasPaint(layer)) form.set("mask", await buildMask(layer, layer.width, layer.height), "mask.png");
      const answer = await fetchJson<{ jobId: string }>(`/api/images/${encodeURIComponent(image.id)}/edits`, { method: "POST", form });
      onStarted(answer.jobId);
      onClose();
    } catch (caught) {
      setBusy(false);
      if (caught instanceof ApiError && caught.fields.prompt) {
        setPromptError(caught.fields.prompt);
        promptRef.current?.focus();
        return;
      }
      setError(apiErrorText(t, caught));
    }
  }

  return (
    <Modal
      open
      title={title}
      onClose={onClose}
      initialFocusRef={promptRef}
      busy={busy}
      size="lg"
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" form={formId} loading={busy}>
            {t("scripts.edit.submit")}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={(event) => void submit(event)} className="flex flex-col gap-4">
        <Field label={t("scripts.edit.prompt")} hint={t("scripts.edit.promptHint")} error={promptError ?? undefined} required>
          <Textarea ref={promptRef} name="prompt" rows={2} maxLength={MAX_EDIT_PROMPT} value={prompt} onChange={(event) => setPrompt(event.target.value)} />
        </Field>

        <MaskPainter
          src={image.fileUrl}
          alt={imageAlt}
          width={image.width}
          height={image.height}
          mode={mode}
          brush={brush}
          disabled={whole || busy}
          layerRef={layerRef}
          onStroke={() => setPainted(layerRef.current ? hasPaint(layerRef.current) : false)}
          label={t("scripts.edit.painter")}
          describedBy={hintId}
        />
        <p id={hintId} className="text-sm text-ink-muted">
          {t("scripts.edit.painterHint")}
        </p>

        <div className="flex flex-wrap items-end gap-x-6 gap-y-4">
          <SegmentedControl
            name="brush-mode"
            legend={t("scripts.edit.mode")}
            options={[
              { value: "paint", label: t("scripts.edit.paint") },
              { value: "erase", label: t("scripts.edit.erase") },
            ]}
            value={mode}
            onValueChange={setMode}
            disabled={whole}
            size="sm"
          />
          <div className="flex flex-col gap-1.5">
            <label htmlFor={brushId} className="text-sm font-semibold text-ink">
              {t("scripts.edit.brushSize")}
            </label>
            <div className="flex items-center gap-3">
              <input
                id={brushId}
                type="range"
                min={5}
                max={120}
                step={5}
                value={brush}
                disabled={whole}
                onChange={(event) => setBrush(Number(event.target.value))}
                className="h-9 w-40 cursor-pointer accent-accent-700 disabled:cursor-not-allowed"
              />
              <output htmlFor={brushId} className="w-12 text-sm text-ink-muted tabular-nums">
                {brush} px
              </output>
            </div>
          </div>
          <Button variant="secondary" size="sm" onClick={clear} disabled={whole || !painted}>
            {t("scripts.edit.clear")}
          </Button>
        </div>

        <Checkbox
          label={t("scripts.edit.whole")}
          description={t("scripts.edit.wholeHint")}
          checked={whole}
          onChange={(event) => setWhole(event.target.checked)}
        />

        <p className="text-sm text-ink-muted" aria-live="polite">
          {whole || !painted ? t("scripts.edit.noMask") : t("scripts.edit.withMask")} {t("scripts.edit.paid")}{" "}
          {price != null && <strong data-testid="edit-estimate">{t("scripts.edit.estimate", { amount: formatUsdAmount(price, locale) })}</strong>}
        </p>

        {error && <Alert tone="error">{error}</Alert>}
      </form>
    </Modal>
  );
}

"use client";

import { useRef, useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { TimingPreview, TimingResult } from "@/lib/shared/timing";
import { ApiError } from "@/components/api/api-error";
import { fetchJson } from "@/components/api/fetch-json";
import { scriptUrl } from "./script-url";
import { apiErrorText } from "./labels";
import { Modal } from "./modal";
import { TimingPreviewList } from "./timing-preview";

const ACCEPT = ".srt,.vtt,.otio,.fcpxml,.xml,application/x-subrip,text/vtt,application/xml,text/xml,application/json";

export interface TimingDialogProps {
  scriptId: string;
  onClose: () => void;
  onApplied: () => void;
}

/**
 * Timing back in two steps: the file is read and the changes are shown (nothing is saved);
 * "Apply" then saves exactly those changes, or says the script or file changed in between.
 */
export function TimingDialog({ scriptId, onClose, onApplied }: TimingDialogProps) {
  const t = useT();
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<TimingPreview | null>(null);
  const [applied, setApplied] = useState<number | null>(null);
  const [busy, setBusy] = useState<"preview" | "apply" | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function send(apply: boolean): Promise<void> {
    if (!file) {
      setError(t("scripts.timing.chooseFile"));
      fileRef.current?.focus();
      return;
    }
    const form = new FormData();
    form.set("file", file);
    if (apply && preview) {
      form.set("apply", "true");
      form.set("expect", preview.fingerprint);
    }
    setBusy(apply ? "apply" : "preview");
    setError(null);
    try {
      if (apply) {
        const result = await fetchJson<TimingResult>(scriptUrl(scriptId, "/timing"), { method: "POST", form });
        setApplied(result.applied);
        setPreview(null);
        onApplied();
      } else {
        setPreview(await fetchJson<TimingPreview>(scriptUrl(scriptId, "/timing"), { method: "POST", form }));
      }
    } catch (caught) {
      const conflict = caught instanceof ApiError && caught.code === "conflict:timing";
      setError(conflict ? t("scripts.timing.conflict") : apiErrorText(t, caught));
      if (conflict) setPreview(null);
    } finally {
      setBusy(null);
    }
  }

  const count = preview?.changes.length ?? 0;
  return (
    <Modal
      open
      title={t("scripts.timing.title")}
      onClose={onClose}
      busy={busy !== null}
      initialFocusRef={fileRef}
      size="lg"
      footer={
        <>
          <Button variant="secondary" onClick={onClose} aria-disabled={busy !== null}>
            {t("common.close")}
          </Button>
          {preview && count > 0 ? (
            <Button variant="primary" loading={busy === "apply"} loadingText={t("scripts.timing.applying")} onClick={() => void send(true)}>
              {t("scripts.timing.apply", { count })}
            </Button>
          ) : (
            <Button variant="primary" loading={busy === "preview"} loadingText={t("scripts.timing.previewing")} onClick={() => void send(false)}>
              {t("scripts.timing.preview")}
            </Button>
          )}
        </>
      }
    >
      <p className="text-sm text-ink-muted">{t("scripts.timing.intro")}</p>
      <Field label={t("scripts.timing.file")} hint={t("scripts.timing.fileHint")}>
        <Input
          ref={fileRef}
          type="file"
          name="file"
          accept={ACCEPT}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setPreview(null);
            setApplied(null);
            setError(null);
          }}
          className="h-auto py-2 file:mr-3 file:rounded-lg file:border-0 file:bg-accent-50 file:px-3 file:py-1.5 file:font-semibold file:text-accent-800"
        />
      </Field>
      {error && <Alert tone="error">{error}</Alert>}
      {applied !== null && <Alert tone="success">{t("scripts.timing.applied", { count: applied })}</Alert>}
      {preview && <TimingPreviewList preview={preview} />}
    </Modal>
  );
}

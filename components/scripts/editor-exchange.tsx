"use client";

import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { buttonClassName } from "@/components/ui/button-styles";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { DEFAULT_FRAME_RATE, FRAME_RATE_NAMES, LAST_SECONDS_DEFAULT, LAST_SECONDS_MAX, type FrameRateName } from "@/lib/shared/timeline-options";
import { scriptUrl } from "./script-url";
import { TimingDialog } from "./timing-dialog";

const TIMELINES = [
  { format: "fcpxml", key: "scripts.editor.fcpxml" },
  { format: "premiere", key: "scripts.editor.premiere" },
  { format: "otio", key: "scripts.editor.otio" },
] as const;
const SUBTITLES = [
  { format: "srt", key: "scripts.editor.srt" },
  { format: "vtt", key: "scripts.editor.vtt" },
] as const;

export interface EditorExchangeProps {
  scriptId: string;
  /** Unsaved segment edits: importing timings would overwrite them, so it waits. */
  dirty: boolean;
  /** Called once timings were applied, to reload the script. */
  onApplied: () => void;
}

/** Timelines and subtitles for a video editor, and timings read back from one. */
export function EditorExchange({ scriptId, dirty, onApplied }: EditorExchangeProps) {
  const t = useT();
  const [fps, setFps] = useState<FrameRateName>(DEFAULT_FRAME_RATE);
  const [lastSeconds, setLastSeconds] = useState(String(LAST_SECONDS_DEFAULT));
  const [importing, setImporting] = useState(false);
  const last = Math.min(LAST_SECONDS_MAX, Math.max(1, Math.round(Number(lastSeconds)) || LAST_SECONDS_DEFAULT));
  const link = (format: string, withRate: boolean) => scriptUrl(scriptId, `/export?format=${format}${withRate ? `&fps=${fps}` : ""}&lastSeconds=${last}`);
  const linkClass = buttonClassName({ variant: "secondary", size: "sm" });

  return (
    <Card as="section" aria-labelledby="editor-heading" className="flex flex-col gap-3">
      <CardTitle id="editor-heading">{t("scripts.editor.heading")}</CardTitle>
      <CardDescription className="mt-0">{t("scripts.editor.hint")}</CardDescription>
      <div className="grid grid-cols-2 gap-3">
        <Field label={t("scripts.editor.fps")} hint={t("scripts.editor.fpsHint")}>
          <Select value={fps} onChange={(event) => setFps(event.target.value as FrameRateName)}>
            {FRAME_RATE_NAMES.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("scripts.editor.lastSeconds")} hint={t("scripts.editor.lastSecondsHint")}>
          <Input type="number" inputMode="numeric" min={1} max={LAST_SECONDS_MAX} value={lastSeconds} onChange={(event) => setLastSeconds(event.target.value)} />
        </Field>
      </div>
      <div className="flex flex-wrap gap-2">
        {TIMELINES.map(({ format, key }) => (
          <a key={format} href={link(format, true)} download className={linkClass}>
            {t(key)}
          </a>
        ))}
        {SUBTITLES.map(({ format, key }) => (
          <a key={format} href={link(format, false)} download className={linkClass}>
            {t(key)}
          </a>
        ))}
      </div>
      <div className="flex flex-col items-start gap-1.5">
        <Button variant="secondary" size="sm" onClick={() => setImporting(true)} aria-disabled={dirty} disabled={dirty} aria-describedby={dirty ? "editor-unsaved" : undefined}>
          {t("scripts.editor.importTimings")}
        </Button>
        {dirty && (
          <p id="editor-unsaved" className="text-sm text-ink-muted">
            {t("scripts.editor.unsaved")}
          </p>
        )}
      </div>
      {importing && <TimingDialog scriptId={scriptId} onClose={() => setImporting(false)} onApplied={onApplied} />}
    </Card>
  );
}

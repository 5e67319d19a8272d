"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { animaticFrameSize, ANIMATIC_FPS, type Animatic, type AnimaticFps } from "@/lib/shared/scripts/animatic";
import type { ScriptAspect } from "../types";
import { drawFrame, loadImages, recordingSupport } from "./animatic-canvas";

export interface AnimaticDownloadProps {
  animatic: Animatic;
  aspect: ScriptAspect;
  captions: boolean;
  title: string;
}

function fileName(title: string): string {
  const slug = title.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
  return `animatic-${slug || "script"}.webm`;
}

/**
 * Records the animatic in the browser: a canvas at the script's frame, captured by MediaRecorder
 * in real time (a 2-minute animatic takes 2 minutes), then saved as a WebM file.
 */
export function AnimaticDownload({ animatic, aspect, captions, title }: AnimaticDownloadProps) {
  const t = useT();
  const hintId = useId();
  const [fps, setFps] = useState<AnimaticFps>(30);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const stopRef = useRef<(() => void) | null>(null);
  const [support] = useState(recordingSupport);

  useEffect(() => () => stopRef.current?.(), []);

  async function record() {
    if (!("mimeType" in support)) return;
    setError(null);
    setProgress(0);
    const images = await loadImages(animatic);
    const canvas = document.createElement("canvas");
    Object.assign(canvas, animaticFrameSize(aspect));
    const context = canvas.getContext("2d");
    if (!context) {
      setProgress(null);
      setError(t("scripts.animatic.recordFailed"));
      return;
    }
    const stream = canvas.captureStream(fps);
    const recorder = new MediaRecorder(stream, { mimeType: support.mimeType, videoBitsPerSecond: 4_000_000 });
    const chunks: Blob[] = [];
    let canceled = false;
    recorder.ondataavailable = (event) => event.data.size > 0 && chunks.push(event.data);
    recorder.onstop = () => {
      stream.getTracks().forEach((track) => track.stop());
      stopRef.current = null;
      setProgress(null);
      if (canceled) return;
      const url = URL.createObjectURL(new Blob(chunks, { type: "video/webm" }));
      const link = Object.assign(document.createElement("a"), { href: url, download: fileName(title) });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    };
    const length = animatic.end - animatic.start;
    drawFrame(context, animatic, images, animatic.start, captions);
    recorder.start(1000);
    const began = performance.now();
    // A timer, not requestAnimationFrame: the recording goes on if the tab is hidden.
    const timer = window.setInterval(() => {
      const elapsed = (performance.now() - began) / 1000;
      drawFrame(context, animatic, images, animatic.start + Math.min(elapsed, length), captions);
      setProgress(Math.min(100, (elapsed / length) * 100));
      if (elapsed >= length) finish();
    }, 1000 / fps);
    function finish() {
      window.clearInterval(timer);
      if (recorder.state !== "inactive") recorder.stop();
    }
    stopRef.current = () => {
      canceled = true;
      finish();
    };
  }

  const unsupported = "missing" in support ? t(`scripts.animatic.unsupported.${support.missing}`) : null;
  const recording = progress !== null;

  return (
    <div className="flex flex-col gap-2 border-t border-line pt-3">
      <div className="flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-2 text-sm text-ink">
          {t("scripts.animatic.fps")}
          <select value={fps} disabled={recording} onChange={(event) => setFps(Number(event.target.value) === 24 ? 24 : 30)} className="rounded-lg border border-line-strong bg-surface px-2 py-1">
            {ANIMATIC_FPS.map((rate) => <option key={rate} value={rate}>{rate}</option>)}
          </select>
        </label>
        {recording ? (
          <Button variant="secondary" size="sm" onClick={() => stopRef.current?.()}>{t("scripts.animatic.cancelRecording")}</Button>
        ) : (
          <Button variant="secondary" size="sm" aria-disabled={unsupported ? true : undefined} aria-describedby={unsupported ? hintId : undefined} onClick={() => void (unsupported ? undefined : record())}>
            {t("scripts.animatic.download")}
          </Button>
        )}
      </div>
      {unsupported && <p id={hintId} className="text-sm text-ink-muted">{unsupported}</p>}
      {recording && <ProgressBar label={t("scripts.animatic.recording")} value={progress} />}
      {error && <p role="alert" className="text-sm text-red-800">{error}</p>}
    </div>
  );
}

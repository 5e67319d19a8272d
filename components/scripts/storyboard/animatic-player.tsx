"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { formatClock, sceneAt, type Animatic } from "@/lib/shared/scripts/animatic";
import type { ScriptAspect } from "../types";
import { AnimaticDownload } from "./animatic-download";

const STAGE: Record<ScriptAspect, string> = { "16:9": "aspect-video w-full", "1:1": "aspect-square w-full max-w-md", "9:16": "aspect-[9/16] w-full max-w-xs" };

export interface AnimaticPlayerProps {
  animatic: Animatic;
  aspect: ScriptAspect;
  title: string;
  /** The frame on screen, for the grid to highlight; null when none. */
  onScene: (index: number | null) => void;
  onClose: () => void;
}

/** The storyboard as a slideshow at its real timings, with captions, play/pause and a scrub bar. */
export function AnimaticPlayer({ animatic, aspect, title, onScene, onClose }: AnimaticPlayerProps) {
  const t = useT();
  const headingId = useId();
  const [time, setTime] = useState(animatic.start);
  const [playing, setPlaying] = useState(true);
  const [captions, setCaptions] = useState(true);
  const clock = useRef<{ wall: number; at: number } | null>(null);
  const scene = sceneAt(animatic, Math.min(time, animatic.end - 1e-6));
  const index = scene?.index ?? null;

  // A requestAnimationFrame clock from the wall time, so a slow frame never slows the playback down.
  useEffect(() => {
    if (!playing) return;
    clock.current = { wall: performance.now(), at: time >= animatic.end ? animatic.start : time };
    let handle = requestAnimationFrame(function tick(now) {
      const base = clock.current;
      if (!base) return;
      const next = base.at + (now - base.wall) / 1000;
      if (next >= animatic.end) {
        setTime(animatic.end);
        setPlaying(false);
        return;
      }
      setTime(next);
      handle = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(handle);
    // The clock restarts only when play starts, not on each tick.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [playing, animatic]);

  useEffect(() => onScene(index), [index, onScene]);
  useEffect(() => () => onScene(null), [onScene]);

  const position = t("scripts.animatic.position", { time: formatClock(time), total: formatClock(animatic.end) });

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-4 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="text-base font-bold text-ink">{t("scripts.animatic.heading")}</h3>
        <Button variant="ghost" size="sm" onClick={onClose}>{t("scripts.animatic.close")}</Button>
      </div>
      <figure className={cn(STAGE[aspect], "relative mx-auto overflow-hidden rounded-xl bg-black")}>
        {scene?.imageUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- a private file behind the session
          <img src={scene.imageUrl} alt={t("scripts.segment.imageAlt", { number: scene.index + 1 })} className="size-full object-contain" />
        ) : (
          <div className="flex size-full items-center justify-center p-6 text-center text-white">{scene ? t("scripts.segment.noImage") : ""}</div>
        )}
        {captions && scene && (
          <figcaption className="absolute inset-x-0 bottom-0 bg-black/75 px-4 py-2 text-center text-sm text-white">{scene.text}</figcaption>
        )}
      </figure>
      <p className="sr-only" aria-live="polite">{scene ? t("scripts.animatic.nowShowing", { number: scene.index + 1 }) : ""}</p>
      <div className="flex flex-wrap items-center gap-3">
        <Button size="sm" onClick={() => setPlaying((on) => !on)}>
          {playing ? t("scripts.animatic.pause") : t("scripts.animatic.play")}
        </Button>
        <input
          type="range"
          min={animatic.start}
          max={animatic.end}
          step={0.1}
          value={time}
          aria-label={t("scripts.animatic.scrub")}
          aria-valuetext={position}
          onChange={(event) => {
            setPlaying(false);
            setTime(Number(event.target.value));
          }}
          className="min-w-40 flex-1 accent-accent-700"
        />
        <span className="font-mono text-sm text-ink-muted" aria-hidden="true">{position}</span>
        <label className="flex items-center gap-2 text-sm text-ink">
          <input type="checkbox" checked={captions} onChange={(event) => setCaptions(event.target.checked)} className="size-4 accent-accent-700" />
          {t("scripts.animatic.captions")}
        </label>
      </div>
      <AnimaticDownload animatic={animatic} aspect={aspect} captions={captions} title={title} />
    </section>
  );
}

"use client";

import type { Ref } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { Textarea } from "@/components/ui/textarea";

export type SourceKind = "paste" | "file";

export const MERGE_MIN = 5;
export const MERGE_MAX = 600;

export interface SourceValue {
  kind: SourceKind;
  text: string;
  file: File | null;
  merge: boolean;
  mergeSeconds: string;
}

export interface SourceErrors {
  text?: string;
  file?: string;
  mergeSeconds?: string;
}

export interface ScriptSourceProps {
  value: SourceValue;
  onChange: (next: SourceValue) => void;
  errors: SourceErrors;
  textRef: Ref<HTMLTextAreaElement>;
  fileRef: Ref<HTMLInputElement>;
  disabled?: boolean;
}

/** The script itself: pasted lines (or a JSON list), or an .srt/.vtt file with optional cue merging. */
export function ScriptSource({ value, onChange, errors, textRef, fileRef, disabled }: ScriptSourceProps) {
  const t = useT();
  const set = <K extends keyof SourceValue>(key: K, next: SourceValue[K]) => onChange({ ...value, [key]: next });

  return (
    <div className="flex flex-col gap-4">
      <SegmentedControl
        name="source"
        legend={t("scripts.new.source")}
        options={[
          { value: "paste", label: t("scripts.new.sourcePaste") },
          { value: "file", label: t("scripts.new.sourceFile") },
        ]}
        value={value.kind}
        onValueChange={(kind) => set("kind", kind)}
        disabled={disabled}
        size="sm"
      />

      {value.kind === "paste" ? (
        <Field label={t("scripts.new.text")} hint={t("scripts.new.textHint")} error={errors.text} required>
          <Textarea
            ref={textRef}
            name="text"
            rows={10}
            spellCheck={false}
            value={value.text}
            placeholder={t("scripts.new.textPlaceholder")}
            onChange={(event) => set("text", event.target.value)}
            className="font-mono text-sm"
          />
        </Field>
      ) : (
        <div className="flex flex-col gap-4">
          <Field label={t("scripts.new.file")} hint={t("scripts.new.fileHint")} error={errors.file} required>
            <Input
              ref={fileRef}
              type="file"
              name="file"
              accept=".srt,.vtt,text/vtt,application/x-subrip"
              onChange={(event) => set("file", event.target.files?.[0] ?? null)}
              className="h-auto py-2 file:mr-3 file:rounded-lg file:border-0 file:bg-accent-50 file:px-3 file:py-1.5 file:font-semibold file:text-accent-800"
            />
          </Field>
          <Checkbox
            name="merge"
            label={t("scripts.new.merge")}
            checked={value.merge}
            onChange={(event) => set("merge", event.target.checked)}
          />
          {value.merge && (
            <Field
              label={t("scripts.new.mergeSeconds")}
              hint={t("scripts.new.mergeHint", { min: MERGE_MIN, max: MERGE_MAX })}
              error={errors.mergeSeconds}
              className="max-w-48"
            >
              <Input
                type="number"
                name="mergeSeconds"
                inputMode="numeric"
                min={MERGE_MIN}
                max={MERGE_MAX}
                step={1}
                value={value.mergeSeconds}
                onChange={(event) => set("mergeSeconds", event.target.value)}
              />
            </Field>
          )}
        </div>
      )}
    </div>
  );
}

/** Selects line `line` (1-based) of a textarea and scrolls it into view, so the reader lands on it. */
export function selectLine(textarea: HTMLTextAreaElement, line: number): void {
  const text = textarea.value;
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let current = 1; current < line; current++) {
    const found = breaks.exec(text);
    if (!found) return;
    start = found.index + found[0].length;
  }
  breaks.lastIndex = start;
  const next = breaks.exec(text);
  const end = next ? next.index : text.length;
  textarea.focus();
  textarea.setSelectionRange(start, end);
  const lineHeight = Number.parseFloat(getComputedStyle(textarea).lineHeight) || 24;
  textarea.scrollTop = Math.max(0, (line - 2) * lineHeight);
}

"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { ModelPicker, type ModelChoice } from "@/components/models/model-picker";
import { RadioGroup } from "@/components/ui/radio-group";
import type { ImageModelView } from "@/lib/shared/models";
import type { EngineChoice } from "./types";

export interface EnginePickerProps {
  engines: readonly EngineChoice[];
  engine: EngineChoice;
  onEngineChange: (engine: EngineChoice) => void;
  /** The image models this server allows (with OpenAI). */
  models: readonly ImageModelView[];
  choice: ModelChoice;
  onChoiceChange: (choice: ModelChoice) => void;
  disabled?: boolean;
}

/** Offline drafts for free, or OpenAI (when this server has a key) with a chosen model and quality. */
export function EnginePicker({ engines, engine, onEngineChange, models, choice, onChoiceChange, disabled }: EnginePickerProps) {
  const t = useT();
  const openai = engines.includes("openai");
  return (
    <div className="flex flex-col gap-4">
      <RadioGroup
        name="engine"
        legend={t("scripts.engine.label")}
        options={[
          { value: "offline", label: t("scripts.engine.offline"), description: t("scripts.engine.offlineHint") },
          {
            value: "openai",
            label: t("scripts.engine.openai"),
            description: openai ? t("scripts.engine.openaiHint") : t("scripts.engine.openaiUnavailable"),
            disabled: !openai,
          },
        ]}
        value={engine}
        onValueChange={onEngineChange}
        disabled={disabled}
      />
      {engine === "openai" && models.length > 0 && <ModelPicker models={models} purpose="scene" value={choice} onChange={onChoiceChange} disabled={disabled} size="sm" />}
    </div>
  );
}

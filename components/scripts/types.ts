import type { EngineId, Quality } from "@/lib/shared/options";
import type { BatchJobView, BatchView, ImageView, SegmentView } from "@/lib/shared/views";

export type { BatchJobView, BatchView, SegmentView };

// The JSON shapes of the scripts API (see .local/scripts-contract.md), as the pages read them.

export const SCRIPT_STYLES = ["cinematic", "documentary", "cartoon", "minimalist", "custom"] as const;
export type ScriptStyle = (typeof SCRIPT_STYLES)[number];
/** Styles a segment can override the script's with. */
export const SEGMENT_STYLES = ["cinematic", "documentary", "cartoon", "minimalist"] as const;

export const SCRIPT_ASPECTS = ["16:9", "1:1", "9:16"] as const;
export type ScriptAspect = (typeof SCRIPT_ASPECTS)[number];

export type EngineChoice = EngineId;
/** Any quality of the model list; each model offers its own (see ModelPicker). */
export type QualityChoice = Quality;

export const MAX_REFERENCES = 4;
export const MAX_VARIATIONS = 5;
export const MAX_SEGMENT_CHARS = 1000;
export const MAX_EDIT_PROMPT = 1000;
export const MAX_CUSTOM_STYLE = 300;

/** `GET /api/scripts` items. */
export interface ScriptListItem {
  id: string;
  title: string;
  style: ScriptStyle;
  aspect: ScriptAspect;
  segmentCount: number;
  illustratedCount: number;
  updatedAt: string;
}

/** What illustrating the segments without an image would cost, for the engine and quality asked. */
export interface ScriptEstimate {
  engine: string;
  model: string;
  quality?: string;
  perImageUsd: number;
  /** For the segments without an image. */
  totalUsd: number;
  segments?: number;
}



/** `GET /api/scripts/:id` (and the answer of PATCH). */
export interface ScriptView {
  id: string;
  title: string;
  style: ScriptStyle;
  customStyle: string | null;
  aspect: ScriptAspect;
  references: ImageView[];
  estimate: ScriptEstimate | null;
  segments: SegmentView[];
  batch: BatchView | null;
  /** Everything the script's jobs were billed: batches, redraws, variations and edits. */
  costUsd: number;
}

/** `POST /api/scripts` answer. */
export interface CreatedScript {
  id: string;
}

export interface IllustrateResponse {
  batchId: string;
  jobIds: string[];
  estimatedCostUsd: number;
}

/** The body of `PATCH /api/scripts/:id`. */
export interface ScriptPatch {
  title?: string;
  style?: ScriptStyle;
  customStyle?: string;
  aspect?: ScriptAspect;
  references?: string[];
  segments?: Array<{ id?: string; timestamp: string; text: string; style: string | null }>;
  choices?: Array<{ segmentId: string; imageId: string }>;
}

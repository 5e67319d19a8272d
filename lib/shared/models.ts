/**
 * The image models as the API and the browser see them. Client-safe: types and a pure helper
 * only, shared by GET /api/models, the model pickers and the operators' banner.
 */
import type { Quality, SpeedClass } from "./options";

/** One image model as the API and the model pickers show it. */
export interface ImageModelView {
  id: string;
  label: string;
  speed: SpeedClass;
  /** "retiring": a shutdown date is announced; "retired": requests go to `replacement`. */
  status: "available" | "retiring" | "retired";
  shutdownDate: string | null;
  successor: string | null;
  /** For a retired model: the model used in its place (null when none is available). */
  replacement: string | null;
  /** The purposes this model is the configured default for. */
  defaultFor: Array<"page" | "scene">;
  capabilities: {
    sizing: "fixed" | "flexible";
    sizes: readonly string[];
    qualities: readonly Quality[];
    complexity: boolean;
    streaming: boolean;
    edits: { mask: boolean; markup: boolean } | null;
    maxInputImages: number;
    transparency: boolean;
    vector: boolean;
  };
  /** US dollars per million tokens, and the day they were checked. */
  prices: { textInput: number; imageInput: number; imageOutput: number; checkedOn: string };
  /** Estimated dollars for one picture at each quality: a Letter portrait page, and a 16:9 scene. */
  typicalCostUsd: { page: Partial<Record<Quality, number>>; scene: Partial<Record<Quality, number>> };
}

export interface ImageModelList {
  /** Whether this server has OpenAI at all; without it, models are listed for reference. */
  openai: boolean;
  defaults: { page: string; scene: string };
  /** "provider": statuses come from OpenAI's model list; "table": from Inkwell's table. */
  source: "provider" | "table";
  checkedAt: string | null;
  models: ImageModelView[];
}

/** A model that is not used any more, and what is used in its place. */
export interface ModelSubstitution {
  model: string;
  /** The successor used instead, or null when the whole chain is gone. */
  replacement: string | null;
  reason: "absent" | "shutdown";
  shutdownDate: string | null;
}

/** What the operator should know about image models: for the Admin page, a banner and the log. */
export interface ModelLifecycleStatus {
  /** "provider": from `GET /v1/models`; "table": the provider was not read (no key, or unreachable). */
  source: "provider" | "table";
  checkedAt: string | null;
  /** Why the last read failed, if it did. */
  error: string | null;
  /** The configured defaults and what they resolve to now. */
  defaults: Array<{ variable: "OPENAI_IMAGE_MODEL" | "OPENAI_SCENE_MODEL"; model: string; effective: string | null }>;
  /** Known models that are retired or missing, with their replacement; `inUse`: a default or allowed here. */
  substitutions: Array<ModelSubstitution & { inUse: boolean }>;
  /** Models with a shutdown date still to come. */
  announced: Array<{ model: string; shutdownDate: string; successor: string | null; inUse: boolean }>;
}

/** The closest quality a model takes: itself, `high` for `xhigh`/`max`, else `auto`. */
export function fitQualityTo(quality: Quality, qualities: readonly Quality[]): Quality {
  if (qualities.includes(quality)) return quality;
  if ((quality === "xhigh" || quality === "max") && qualities.includes("high")) return "high";
  return qualities.includes("auto") ? "auto" : (qualities[0] ?? "auto");
}

import type { AgeGroup, Orientation, Paper, Quality } from "@/lib/shared/options";
import type { ImageView, JobView } from "@/lib/shared/views";

export type EngineChoice = "offline" | "openai";

/** What the form edits: one coloring page request without the one-off flags. */
export interface ColoringOptions {
  theme: string;
  ageGroup: AgeGroup;
  paper: Paper;
  orientation: Orientation;
  reference: boolean;
  title: boolean;
  engine: EngineChoice;
  /** The OpenAI image model (sent only with the OpenAI engine). */
  model: string;
  quality: Quality;
  /** A vector (SVG) page, with an OpenAI model that draws SVG. */
  vector: boolean;
}

/** The body of `POST /api/coloring-pages` (and of the estimate); no model with the offline engine. */
export interface ColoringRequestBody extends Omit<ColoringOptions, "model"> {
  model?: string;
  seed?: number;
  regenerate?: boolean;
}

/** `POST /api/coloring-pages` answers: 202 queued, or 200 with a job already finished (cached). */
export interface StartColoringResponse {
  jobId: string;
  cached: boolean;
  job: JobView;
}

export interface EstimateResponse {
  engine: EngineChoice;
  model: string;
  vector: boolean;
  estimatedCostUsd: number;
  /** The SVG author's share of the estimate (0 for a raster page). */
  svgAuthoringUsd: number;
}

/** A finished page, with the job that made it and the request behind it (for Shuffle / Regenerate). */
export interface ColoringOutcome {
  image: ImageView;
  job: JobView;
  request: ColoringRequestBody;
}

export type FieldErrors = Partial<Record<keyof ColoringOptions | "_", string>>;

export const THEME_MAX = 500;

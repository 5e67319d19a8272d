import type { JobRecord } from "@/lib/db/jobs";
import type { EngineUsage } from "@/lib/images/engines/types";
import type { PrintCheck } from "@/lib/shared/print-check";
import type { JobEffect } from "./effects";

/** An image a job made, ready to be stored. */
export interface JobOutputImage {
  png: Buffer;
  /** The page's normalised SVG, stored as the image's second blob. */
  svg?: string;
  width: number;
  height: number;
  kind: string;
  title: string;
  prompt: string;
  revisedPrompt?: string;
  engine: string;
  model: string;
  options: unknown;
  cacheKey?: string;
  usage: EngineUsage;
  parentId?: string;
  photoId?: string;
  segmentId?: string;
  variationType?: string;
  /** The print check of a page (after repair); stored with the image. Scenes have none. */
  printCheck?: PrintCheck;
}

export interface JobResult {
  images: JobOutputImage[];
  /** Cost of calls that made no image (a text model describing the theme), in micro-dollars. */
  extraCostMicroUsd?: number;
  /** Written with the images and the job's success, all or nothing. */
  effects?: JobEffect[];
}

export interface JobContext {
  job: JobRecord;
  signal: AbortSignal;
  /** Reports progress (0–100) with a short stage name ("describing", "drawing", "printing"). */
  progress(percent: number, stage?: string): Promise<void>;
  /** Shows a partial preview (PNG) while the image is drawn. */
  preview(png: Buffer): Promise<void>;
}

export type JobHandler = (context: JobContext) => Promise<JobResult>;

/** A kind of job and the function that runs it, registered where the program starts. */
export interface JobKind {
  kind: string;
  run: JobHandler;
}

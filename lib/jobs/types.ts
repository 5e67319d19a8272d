import type { Prisma } from "@/generated/prisma/client";
import type { JobRecord } from "@/lib/db/jobs";
import type { EngineUsage } from "@/lib/images/engines/types";

/** An image a job made, ready to be stored. */
export interface JobOutputImage {
  png: Buffer;
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
}

export interface JobResult {
  images: JobOutputImage[];
  /** Cost of calls that made no image (a text model describing the theme), in micro-dollars. */
  extraCostMicroUsd?: number;
  /** Runs inside the transaction that stores the images, with their new ids. */
  onPersist?: (tx: Prisma.TransactionClient, imageIds: string[]) => Promise<void>;
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

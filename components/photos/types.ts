import type { AgeGroup, Orientation, Paper, Quality } from "@/lib/shared/options";
import type { ImageView, JobView } from "@/lib/shared/views";

export type PhotoMode = "trace" | "redraw";

export const PHOTO_MODES: readonly PhotoMode[] = ["trace", "redraw"];

/** The photo types the picker offers; the server sniffs the bytes and has the last word. */
export const PHOTO_ACCEPT = "image/jpeg,image/png,image/webp";

export const DETAIL_MIN = 1;
export const DETAIL_MAX = 5;

/** What the form edits: every option of `POST /api/photo-pages` except the photo and the one-off flags. */
export interface PhotoOptions {
  mode: PhotoMode;
  ageGroup: AgeGroup;
  paper: Paper;
  orientation: Orientation;
  reference: boolean;
  /** Trace only: 1 (fewer lines) … 5 (more lines). */
  detail: number;
  /** Trace only. */
  simplifyBackground: boolean;
  /** Redraw only: the OpenAI image model and its quality. */
  model: string;
  quality: Quality;
}

/** Server limits, shown in the hints and used by the pre-checks. */
export interface PhotoLimits {
  maxBytes: number;
  maxMegapixels: number;
}

/** `POST /api/photo-pages` answers: 202 queued, or 200 with a job already finished (cached). */
export interface StartPhotoResponse {
  jobId: string;
  photoId: string;
  cached: boolean;
  job: JobView;
}

/** Where one mode's page is: uploading, being made, being fetched, finished. */
export type PhotoRun =
  | { kind: "uploading"; percent: number | null }
  | { kind: "running"; job: JobView; options: PhotoOptions; stopped?: boolean }
  | { kind: "loading" }
  | { kind: "done"; image: ImageView; job: JobView; options: PhotoOptions };

import { runColoringJob } from "@/lib/coloring/run-page";
import { runPhotoJob } from "@/lib/photos/run-photo-page";
import { runEditJob } from "@/lib/scenes/run-edit";
import { runSceneJob } from "@/lib/scenes/run-scene";
import { runVariationJob } from "@/lib/scenes/run-variation";
import type { JobHandler } from "./types";

/** Every kind of job and the function that runs it. A new kind of job is one line here. */
export const JOB_HANDLERS: Record<string, JobHandler> = {
  coloring: runColoringJob,
  photo: runPhotoJob,
  scene: runSceneJob,
  variation: runVariationJob,
  edit: runEditJob,
};

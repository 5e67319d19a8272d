import "server-only";
import { bookPageJobKind } from "@/lib/books/generate/run-book-page";
import { bookScriptPageJobKind } from "@/lib/books/script/run-script-page";
import { bookCoverJobKind } from "@/lib/books/cover/openai/run-cover";
import { coloringJobKind } from "@/lib/coloring/run-page";
import { registerJobKind } from "@/lib/jobs";
import { photoJobKind } from "@/lib/photos/run-photo-page";
import { editJobKind } from "@/lib/scenes/run-edit";
import { sceneJobKind } from "@/lib/scenes/run-scene";
import { variationJobKind } from "@/lib/scenes/run-variation";

/** Every kind of job Inkwell runs. A new kind is its use case's `JobKind` and one entry here. */
export const JOB_KINDS = [coloringJobKind, photoJobKind, sceneJobKind, variationJobKind, editJobKind, bookPageJobKind, bookScriptPageJobKind, bookCoverJobKind] as const;

/**
 * Tells the queue what each kind of job runs; called once where a program starts (the web
 * server's instrumentation.ts, scripts/worker.ts, the benchmarks and the tests), so the queue
 * itself knows no use case.
 */
export function registerJobKinds(): void {
  for (const kind of JOB_KINDS) registerJobKind(kind);
}

import "server-only";
import type { JobDraft } from "@/lib/jobs";
import { estimatePhotoCost, photoModel } from "@/lib/photos/plan";
import { bookPageSubject } from "../generate/page-jobs";
import { BOOK_SCRIPT_PAGE_KIND } from "./run-script-page";
import type { BookScriptPageJobInput } from "./schema";

/**
 * One scene's page job: free offline (a trace), or a photo redraw's estimate with OpenAI (a
 * vision description and an edit of the picture). Never answered from the cache: the page must
 * be placed in the book when it is made. Its subject is its slot, so a retry takes its place.
 */
export function bookScriptPageJob({ userId, input }: { userId: string; input: BookScriptPageJobInput }): JobDraft {
  return {
    userId,
    kind: BOOK_SCRIPT_PAGE_KIND,
    input,
    subject: bookPageSubject(input),
    engine: input.engine,
    model: photoModel(input),
    bypassCache: true,
    estimatedCostMicroUsd: estimatePhotoCost(input),
  };
}

import { z } from "zod";

/**
 * A 300-still timeline is 100 to 400 kB (more from Premiere, which writes every effect);
 * 2 MB leaves room and bounds the work of the XML parser, which is linear but not fast.
 */
export const MAX_TIMING_UPLOAD_BYTES = 2 * 1024 * 1024;

/**
 * POST /api/scripts/:id/timing, the fields beside the multipart `file`: a preview by default;
 * `apply=true` applies, and `expect` (the preview's fingerprint) makes sure it applies what was
 * previewed.
 */
export const timingFormSchema = z
  .object({
    apply: z.enum(["true", "false"], { error: 'Send apply as "true" or "false".' }).optional(),
    expect: z.string().regex(/^[0-9a-f]{16}$/, "Send the fingerprint of the preview, as it was given.").optional(),
  })
  .strict()
  .transform(({ apply, expect }) => ({ apply: apply === "true", expect }));
export type TimingForm = z.output<typeof timingFormSchema>;

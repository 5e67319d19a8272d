import { z } from "zod";

/** At most this many jobs and this many batches per connection (the URL stays short); a batch follows hundreds of jobs. */
export const MAX_FOLLOWED = 200;

const idList = z
  .string()
  .max(MAX_FOLLOWED * 101)
  .transform((value) => [...new Set(value.split(",").map((id) => id.trim()).filter(Boolean))])
  .pipe(z.array(z.string().min(1).max(100)).max(MAX_FOLLOWED, `Follow at most ${MAX_FOLLOWED} at once.`));

/** `?jobs=a,b&batches=c&since=…` of `GET /api/follow` and `GET /api/follow/events`. */
export const followQuerySchema = z
  .object({
    jobs: idList.default([]),
    batches: idList.default([]),
    /** Resume after this version, for clients that cannot send `Last-Event-ID`. */
    since: z.coerce.number().int().min(0).optional(),
  })
  .strict();
export type FollowQuery = z.output<typeof followQuerySchema>;

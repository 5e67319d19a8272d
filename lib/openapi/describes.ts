import type { z } from "zod";
import type { JobStatus } from "@/lib/shared/jobs";
import type { JobView } from "@/lib/shared/views";

/** A JobView as sent: its type says `status: string` for the pages' sake; the server only sends a JobStatus. */
export type JobAnswer = Omit<JobView, "status"> & { status: JobStatus };

/** A view as it travels in JSON: dates become ISO strings, jobs carry their exact status. */
export type Sent<T> = T extends Date
  ? string
  : T extends JobView
    ? JobAnswer
    : T extends ReadonlyArray<infer Item>
      ? Sent<Item>[]
      : T extends object
        ? { [K in keyof T]: Sent<T[K]> }
        : T;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// Assignability alone lets an optional field be missing on one side: compare the keys too, all the way down.
type SameKeys<A, B> = unknown extends A
  ? true
  : [NonNullable<A>] extends [ReadonlyArray<infer X>]
    ? [NonNullable<B>] extends [ReadonlyArray<infer Y>]
      ? SameKeys<X, Y>
      : false
    : [NonNullable<A>] extends [object]
      ? [NonNullable<B>] extends [object]
        ? Same<keyof NonNullable<A>, keyof NonNullable<B>> extends true
          ? { [K in keyof NonNullable<A> & keyof NonNullable<B>]-?: SameKeys<NonNullable<A>[K], NonNullable<B>[K]> }[keyof NonNullable<A> & keyof NonNullable<B>] | true
          : false
        : false
      : true;

type Matches<View, Output> = Same<Sent<View>, Output> extends true ? (false extends SameKeys<Sent<View>, Output> ? false : true) : false;

/**
 * Ties an answer's schema to the view type the server builds the answer from: the call compiles
 * only while every view (as sent) is a valid answer and every valid answer is a view, so a field
 * added to, dropped from or retyped in either fails `tsc` until the other follows.
 *
 *   export const bookSchema = describes<BookView>()(z.object({ … }));
 */
export function describes<View>() {
  return <S extends z.ZodType>(schema: S & (Matches<View, z.output<S>> extends true ? unknown : { mismatch: [Sent<View>, z.output<S>] })): S => schema;
}

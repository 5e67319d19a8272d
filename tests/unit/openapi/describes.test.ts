import { describe, expect, it } from "vitest";
import { z } from "zod";
import { describes } from "@/lib/openapi/describes";

interface View {
  id: string;
  at: Date;
  kind: "a" | "b";
  note?: string;
}

// The checks are the compiler's: each `@ts-expect-error` below fails `tsc` once the drift compiles.
describe("describes<View>()", () => {
  it("accepts the schema of a view as sent (dates as strings)", () => {
    const schema = describes<View>()(z.object({ id: z.string(), at: z.string(), kind: z.enum(["a", "b"]), note: z.string().optional() }));
    expect(schema.parse({ id: "x", at: "2026-01-01T00:00:00.000Z", kind: "a" })).toEqual({ id: "x", at: "2026-01-01T00:00:00.000Z", kind: "a" });
  });

  it("refuses a schema that misses a field, adds one, or retypes one", () => {
    // @ts-expect-error `note` is missing from the schema
    describes<View>()(z.object({ id: z.string(), at: z.string(), kind: z.enum(["a", "b"]) }));
    // @ts-expect-error `extra` is not in the view
    describes<View>()(z.object({ id: z.string(), at: z.string(), kind: z.enum(["a", "b"]), note: z.string().optional(), extra: z.string() }));
    // @ts-expect-error `kind` is wider than the view's
    describes<View>()(z.object({ id: z.string(), at: z.string(), kind: z.string(), note: z.string().optional() }));
    expect(true).toBe(true);
  });
});

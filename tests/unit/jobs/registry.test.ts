import { describe, expect, it } from "vitest";
import { jobHandlerFor, registerJobKind, registeredJobKinds } from "@/lib/jobs/registry";
import type { JobHandler } from "@/lib/jobs/types";

describe("job kinds", () => {
  it("are found by kind once registered, and registering the same handler again is harmless", () => {
    const run: JobHandler = async () => ({ images: [] });
    expect(jobHandlerFor("registry-test")).toBeUndefined();
    registerJobKind({ kind: "registry-test", run });
    registerJobKind({ kind: "registry-test", run });
    expect(jobHandlerFor("registry-test")).toBe(run);
    expect(registeredJobKinds()).toContain("registry-test");
  });

  it("refuses a second handler for a kind", () => {
    registerJobKind({ kind: "registry-twice", run: async () => ({ images: [] }) });
    expect(() => registerJobKind({ kind: "registry-twice", run: async () => ({ images: [] }) })).toThrow(/Two handlers/);
  });
});

describe("the program's job kinds", () => {
  it("registers a handler for every kind the use cases queue", async () => {
    const { JOB_KINDS, registerJobKinds } = await import("@/lib/job-kinds");
    registerJobKinds();
    for (const kind of ["coloring", "photo", "scene", "variation", "edit"]) expect(jobHandlerFor(kind), kind).toBeTypeOf("function");
    expect(JOB_KINDS.map((k) => k.kind).sort()).toEqual(["book-cover", "book-page", "book-script-page", "coloring", "edit", "photo", "scene", "variation"]);
  });
});

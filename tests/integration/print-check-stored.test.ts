import { beforeAll, describe, expect, it } from "vitest";
import { POST as startPage } from "@/app/api/coloring-pages/route";
import { GET as getJobRoute } from "@/app/api/jobs/[id]/route";
import { GET as listImagesRoute } from "@/app/api/images/route";
import { GET as getImageRoute } from "@/app/api/images/[id]/route";
import { db } from "@/lib/db/client";
import { printCheckSchema } from "@/lib/images/print-check";
import { configureEngine, createTestUser, drainJobs } from "../support/harness";
import { call } from "../support/routes";

let alice: { id: string; token: string };
let bob: { id: string; token: string };

beforeAll(async () => {
  configureEngine({});
  alice = await createTestUser("alice");
  bob = await createTestUser("bob");
});

async function makePage(token: string, body: Record<string, unknown>): Promise<string> {
  const started = await call(startPage, { method: "POST", token, body });
  expect(started.status).toBe(202);
  const { jobId } = (await started.json()) as { jobId: string };
  await drainJobs();
  const job = await (await call(getJobRoute, { token, params: { id: jobId } })).json();
  expect(job.status).toBe("succeeded");
  return (job.imageIds as string[])[0]!;
}

describe("the print check stored with each page", () => {
  it("is written with the image and served by GET /api/images/:id and the library", async () => {
    const id = await makePage(alice.token, { theme: "dinosaurs at the beach", ageGroup: "3-5" });
    const row = await db().image.findUniqueOrThrow({ where: { id }, select: { printCheck: true } });
    expect(row.printCheck).not.toBeNull();
    const stored = printCheckSchema.parse(JSON.parse(row.printCheck!));
    expect(stored.ageGroup).toBe("3-5");
    expect(stored.page).toEqual({ width: 2550, height: 3300, dpi: 300 });

    const meta = await (await call(getImageRoute, { token: alice.token, params: { id } })).json();
    expect(meta.printCheck).toEqual(stored);
    const list = await (await call(listImagesRoute, { token: alice.token })).json();
    const listed = (list.items as Array<{ id: string; printCheck: unknown }>).find((i) => i.id === id);
    expect(listed?.printCheck).toEqual(stored);
    // Another user's image stays a 404, check and all.
    expect((await call(getImageRoute, { token: bob.token, params: { id } })).status).toBe(404);
  });

  it("records the age group each page was checked for", async () => {
    const id = await makePage(alice.token, { theme: "a cat in a garden", ageGroup: "adult" });
    const meta = await (await call(getImageRoute, { token: alice.token, params: { id } })).json();
    const check = printCheckSchema.parse(meta.printCheck);
    expect(check.ageGroup).toBe("adult");
    expect(check.thresholds.minLineMm).toBe(0.35);
  });

  it("shows a stored value that no longer validates as no check, without failing the library", async () => {
    const id = await makePage(bob.token, { theme: "a rocket in space" });
    const good = (await db().image.findUniqueOrThrow({ where: { id }, select: { printCheck: true } })).printCheck!;
    const wrongVersion = JSON.stringify({ ...JSON.parse(good), version: 2 });
    for (const broken of ["{not json", wrongVersion, JSON.stringify({ pass: true })]) {
      await db().image.update({ where: { id }, data: { printCheck: broken } });
      const res = await call(getImageRoute, { token: bob.token, params: { id } });
      expect(res.status).toBe(200);
      expect((await res.json()).printCheck).toBeNull();
    }
    await db().image.update({ where: { id }, data: { printCheck: null } });
    expect((await (await call(getImageRoute, { token: bob.token, params: { id } })).json()).printCheck).toBeNull();
    await db().image.update({ where: { id }, data: { printCheck: good } });
    expect((await (await call(getImageRoute, { token: bob.token, params: { id } })).json()).printCheck).toEqual(JSON.parse(good));
  });
});

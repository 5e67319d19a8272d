import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as coloringRoute } from "@/app/api/coloring-pages/route";
import { GET as getJobRoute } from "@/app/api/jobs/[id]/route";
import { db } from "@/lib/db/client";
import { resetModelCatalogForTests } from "@/lib/images/lifecycle";
import { startFakeOpenAI, type FakeOpenAI } from "../support/openai-server";
import { themeDescriptionCost } from "../support/description-cost";
import { configureEngine, createTestUser, drainJobs } from "../support/harness";
import { call } from "../support/routes";

type Json = Record<string, unknown>;
let server: FakeOpenAI;
let alice: { id: string; token: string };

beforeAll(async () => {
  server = await startFakeOpenAI({ today: "2026-12-01" });
  alice = await createTestUser("alice");
});
afterAll(async () => server.close());
beforeEach(async () => {
  server.reset();
  resetModelCatalogForTests();
  configureEngine({ openaiUrl: server.url, extra: { OPENAI_MAX_RETRIES: "0", OPENAI_ALLOWED_IMAGE_MODELS: "" } });
});

const imageModels = () => server.requests.filter((r) => r.path === "/v1/images/generations").map((r) => (r.body as Json).model);

async function runPage(model: string, theme: string): Promise<Json> {
  const started = await call(coloringRoute, { method: "POST", token: alice.token, body: { theme, model, quality: "low" } });
  expect(started.status).toBe(202);
  const { jobId } = (await started.json()) as { jobId: string };
  await drainJobs();
  return (await (await call(getJobRoute, { token: alice.token, params: { id: jobId } })).json()) as Json;
}

describe("a model retired while a job runs (404 model_not_found)", () => {
  it("switches the job once to the successor, records it, and charges the billed calls only", async () => {
    // Queued while the model is still listed; OpenAI retires it before the job runs.
    server.setModel({ id: "gpt-image-2.5-flare", state: "retired" });
    const job = await runPage("gpt-image-2.5-flare", "a retired fox");
    expect(imageModels()).toEqual(["gpt-image-2.5-flare", "gpt-image-2.6-flare"]);
    expect(job).toMatchObject({ status: "succeeded", model: "gpt-image-2.6-flare", modelSwitchedFrom: "gpt-image-2.5-flare", error: null });
    const image = await db().image.findFirstOrThrow({ where: { id: (job.imageIds as string[])[0] }, select: { model: true, costMicroUsd: true } });
    expect(image.model).toBe("gpt-image-2.6-flare");
    // The job's cost is the stored image's (the drawing and the theme's description that went with
    // it), and the first attempt's description, billed before the 404; nothing for the 404.
    expect(Math.round((job.costUsd as number) * 1e6)).toBe(image.costMicroUsd + (await themeDescriptionCost("a retired fox", alice.id)));
    const row = await db().job.findUniqueOrThrow({ where: { id: job.id as string }, select: { input: true } });
    expect(JSON.parse(row.input)).toMatchObject({ model: "gpt-image-2.6-flare", requestedModel: "gpt-image-2.5-flare" });
  });

  it("fails the job clearly when the successor is gone too, without a third call", async () => {
    server.setModel({ id: "gpt-image-2.5-flare-2026-09-08", state: "retired" });
    server.setModel({ id: "gpt-image-2.5-flare", state: "retired" });
    const job = await runPage("gpt-image-2.5-flare-2026-09-08", "a twice retired fox");
    expect(imageModels()).toEqual(["gpt-image-2.5-flare-2026-09-08", "gpt-image-2.5-flare"]);
    expect(job).toMatchObject({ status: "failed", model: "gpt-image-2.5-flare", modelSwitchedFrom: "gpt-image-2.5-flare-2026-09-08" });
    // Each attempt's description was billed; neither 404 was.
    expect(Math.round((job.costUsd as number) * 1e6)).toBe(2 * (await themeDescriptionCost("a twice retired fox", alice.id)));
    expect(job.error).toMatchObject({ code: "provider:model_not_found", message: expect.stringContaining("gpt-image-2.5-flare-2026-09-08") });
    expect((job.error as Json).message).toContain("gpt-image-2.5-flare either");
  });
});

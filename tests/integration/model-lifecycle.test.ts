import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as modelsRoute } from "@/app/api/models/route";
import { POST as coloringRoute } from "@/app/api/coloring-pages/route";
import { db } from "@/lib/db/client";
import { getJob } from "@/lib/db/jobs";
import { getEngine } from "@/lib/images/engines";
import {
  describeModelSubstitution,
  getModelLifecycleStatus,
  markModelMissing,
  resetModelCatalogForTests,
  startModelLifecycle,
  stopModelLifecycle,
} from "@/lib/images/lifecycle";
import { startFakeOpenAI, type FakeOpenAI } from "../support/openai-server";
import { configureEngine, createTestUser, drainJobs } from "../support/harness";
import { call } from "../support/routes";

type Json = Record<string, unknown>;
let server: FakeOpenAI;
let user: { id: string; token: string };

beforeAll(async () => {
  server = await startFakeOpenAI({ today: "2026-12-01" });
  user = await createTestUser("lifecycle");
});
afterAll(async () => server.close());
beforeEach(async () => {
  server.reset();
  resetModelCatalogForTests();
  configureEngine({ openaiUrl: server.url, extra: { OPENAI_MAX_RETRIES: "0", OPENAI_IMAGE_MODEL: "gpt-image-2.5-flare", OPENAI_ALLOWED_IMAGE_MODELS: "" } });
  await db().job.deleteMany({});
  await db().image.deleteMany({});
});
afterEach(() => stopModelLifecycle());

const imageModels = () => server.requests.filter((r) => r.path.startsWith("/v1/images/")).map((r) => (r.body as Json).model);

async function page(theme: string): Promise<{ jobId: string; status: string; model: string; input: Json; errorCode: string | null }> {
  const res = await call(coloringRoute, { method: "POST", token: user.token, body: { theme, quality: "low" } });
  expect(res.status).toBe(202);
  const { jobId } = (await res.json()) as { jobId: string };
  await drainJobs();
  const job = (await getJob(jobId))!;
  const image = job.imageIds[0] ? await db().image.findUniqueOrThrow({ where: { id: job.imageIds[0] }, select: { model: true } }) : null;
  return { jobId, status: job.status, model: image?.model ?? job.model, input: JSON.parse(job.input) as Json, errorCode: job.errorCode };
}

describe("the model lifecycle", () => {
  it("never sends a request to a configured model retired before start: its successor draws, and everyone is told", async () => {
    server.setModel({ id: "gpt-image-2.5-flare", state: "retired" });
    await startModelLifecycle();
    expect(server.requests.filter((r) => r.path === "/v1/models")).toHaveLength(1);

    const made = await page("a snowy owl");
    expect(made).toMatchObject({ status: "succeeded", model: "gpt-image-2.6-flare", input: { model: "gpt-image-2.6-flare", requestedModel: "gpt-image-2.5-flare" } });
    expect(imageModels()).toEqual(["gpt-image-2.6-flare"]);
    expect(server.requests.every((r) => r.valid)).toBe(true);

    expect(describeModelSubstitution("gpt-image-2.5-flare")).toEqual({ model: "gpt-image-2.5-flare", replacement: "gpt-image-2.6-flare", reason: "absent", shutdownDate: null });
    const status = getModelLifecycleStatus();
    expect(status).toMatchObject({ source: "provider", error: null });
    expect(status.defaults).toContainEqual({ variable: "OPENAI_IMAGE_MODEL", model: "gpt-image-2.5-flare", effective: "gpt-image-2.6-flare" });
    expect(status.substitutions).toContainEqual({ model: "gpt-image-2.5-flare", replacement: "gpt-image-2.6-flare", reason: "absent", shutdownDate: null, inUse: true });
    // Retired models nobody here uses are listed too, marked so a banner can leave them out.
    expect(status.substitutions.find((s) => s.model === "gpt-image-1")).toMatchObject({ inUse: false });
  });

  it("also falls back when the model is still listed but its shutdown_date has passed", async () => {
    server.setModel({ id: "gpt-image-2.5-flare", state: "retired", listed: true, shutdownDate: "2026-11-20" });
    server.setModel({ id: "gpt-image-2.6-flare", state: "announced", shutdownDate: "2027-02-01" });
    await startModelLifecycle();
    expect((await page("a sleepy cat")).model).toBe("gpt-image-2.6-flare");
    expect(imageModels()).toEqual(["gpt-image-2.6-flare"]);
    expect(getModelLifecycleStatus().announced).toContainEqual({ model: "gpt-image-2.6-flare", shutdownDate: "2027-02-01", successor: null, inUse: true });

    // The API shows it too, for a server that still allows the retired model.
    configureEngine({ openaiUrl: server.url, extra: { OPENAI_ALLOWED_IMAGE_MODELS: "gpt-image-2.5-flare,gpt-image-2.6-flare" } });
    const list = (await (await call(modelsRoute, { token: user.token })).json()) as { source: string; models: Array<Json> };
    expect(list.source).toBe("provider");
    expect(list.models.find((m) => m.id === "gpt-image-2.5-flare")).toMatchObject({ status: "retired", shutdownDate: "2026-11-20", replacement: "gpt-image-2.6-flare" });
    expect(list.models.find((m) => m.id === "gpt-image-2.6-flare")).toMatchObject({ status: "retiring", shutdownDate: "2027-02-01" });
  });

  it("marks a model that answers model_not_found while Inkwell runs, so the next image goes to its successor", async () => {
    await startModelLifecycle();
    expect((await page("a red kite")).model).toBe("gpt-image-2.5-flare");
    server.setModel({ id: "gpt-image-2.5-flare", state: "retired" });
    // The job that meets the 404 switches once to the successor (tests/integration/model-switch.test.ts)...
    const switched = await page("a blue kite");
    expect(switched).toMatchObject({ status: "succeeded", model: "gpt-image-2.6-flare" });
    // ...and later jobs go to the successor straight away: no second request to the retired model.
    const next = await page("a green kite");
    expect(next).toMatchObject({ status: "succeeded", model: "gpt-image-2.6-flare" });
    expect(imageModels()).toEqual(["gpt-image-2.5-flare", "gpt-image-2.5-flare", "gpt-image-2.6-flare", "gpt-image-2.6-flare"]);
  });

  it("keeps an engine made before a retirement from sending the retired model a request", async () => {
    const engine = getEngine("openai", { model: "gpt-image-2.5-flare" });
    markModelMissing("gpt-image-2.5-flare");
    const request = { purpose: "scene" as const, text: "x", style: "cartoon" as const, prompt: "A fox", seed: 1, width: 1024, height: 1024, quality: "low" as const };
    await expect(engine.generate(request, { userId: user.id })).rejects.toMatchObject({ code: "provider:model_not_found" });
    await expect(engine.edit({ image: Buffer.from("x"), prompt: "x", width: 1024, height: 1024, quality: "low" }, { userId: user.id })).rejects.toMatchObject({ code: "provider:model_not_found" });
    expect(server.requests).toHaveLength(0);
    expect(getEngine("openai", { model: "gpt-image-2.5-flare" }).model).toBe("gpt-image-2.6-flare");
  });

  it("reads nothing without a key, and decides from the table's dates", async () => {
    configureEngine({});
    await startModelLifecycle();
    expect(server.requests).toHaveLength(0);
    expect(getModelLifecycleStatus().source).toBe("table");
    expect(describeModelSubstitution("gpt-image-1.5")).toMatchObject({ reason: "shutdown", shutdownDate: "2026-12-01", replacement: "gpt-image-2.5-sunburst" });
  });
});

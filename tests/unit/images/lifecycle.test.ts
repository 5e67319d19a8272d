import OpenAI from "openai";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { AppError } from "@/lib/errors";
import {
  describeModelSubstitution,
  getModelLifecycleStatus,
  markModelMissing,
  modelAvailability,
  refreshModelCatalog,
  resetModelCatalogForTests,
  resetModelNoticesForTests,
  resolveImageModel,
  startModelLifecycle,
  stopModelLifecycle,
} from "@/lib/images/lifecycle";
import { setModelCatalog } from "@/lib/images/lifecycle/catalog";
import { startFakeOpenAI, type FakeOpenAI } from "../../support/openai-server";

const BEFORE = new Date("2026-11-30T23:59:59Z");
const ON = new Date("2026-12-01T00:00:00Z");

function catalog(entries: Array<[string, string | null]>): void {
  setModelCatalog({ fetchedAt: ON, models: new Map(entries.map(([id, shutdownDate]) => [id, { id, shutdownDate }])) });
}

let server: FakeOpenAI;
beforeAll(async () => {
  server = await startFakeOpenAI({ today: "2026-12-01" });
});
afterAll(async () => server.close());
beforeEach(() => {
  resetModelCatalogForTests();
  resetModelNoticesForTests();
  server.reset();
});
afterEach(() => {
  stopModelLifecycle();
  vi.restoreAllMocks();
});

describe("availability before OpenAI's list is read (the table decides)", () => {
  it("retires a model on its shutdown date, not the day before", () => {
    expect(modelAvailability("gpt-image-1.5", BEFORE)).toMatchObject({ usable: true, shutdownDate: "2026-12-01", source: "table" });
    expect(modelAvailability("gpt-image-1.5", ON)).toMatchObject({ usable: false, reason: "shutdown", source: "table" });
    expect(modelAvailability("gpt-image-2.6-flare", ON)).toMatchObject({ usable: true, shutdownDate: null });
  });
});

describe("availability from OpenAI's list", () => {
  it("retires a model absent from the list, or whose shutdown_date has come", () => {
    catalog([["gpt-image-2", null], ["gpt-image-2.5-flare", "2026-12-01"], ["gpt-image-2.6-flare", "2026-12-02"]]);
    expect(modelAvailability("gpt-image-2.6-sunburst", ON)).toMatchObject({ usable: false, reason: "absent", source: "provider" });
    expect(modelAvailability("gpt-image-2.5-flare", ON)).toMatchObject({ usable: false, reason: "shutdown" });
    expect(modelAvailability("gpt-image-2.6-flare", ON)).toMatchObject({ usable: true, shutdownDate: "2026-12-02" });
    expect(modelAvailability("gpt-image-2", ON)).toMatchObject({ usable: true, shutdownDate: null });
  });

  it("lets the provider's data win over the table", () => {
    catalog([["gpt-image-1.5", null]]);
    expect(modelAvailability("gpt-image-1.5", ON).usable).toBe(true);
  });

  it("treats a model that answered model_not_found as absent until the next read", () => {
    catalog([["gpt-image-2.6-flare", null]]);
    markModelMissing("gpt-image-2.6-flare");
    expect(modelAvailability("gpt-image-2.6-flare", ON)).toMatchObject({ usable: false, reason: "absent" });
    catalog([["gpt-image-2.6-flare", null]]);
    expect(modelAvailability("gpt-image-2.6-flare", ON).usable).toBe(true);
  });
});

describe("resolveImageModel", () => {
  it("keeps an available model", () => {
    expect(resolveImageModel("gpt-image-2.6-flare", ON)).toMatchObject({ model: "gpt-image-2.6-flare", reason: null, path: ["gpt-image-2.6-flare"] });
  });

  it("follows the successor chain past every retired model", () => {
    catalog([["gpt-image-2.6-flare", null], ["gpt-image-2.5-flare", "2026-11-15"]]);
    expect(resolveImageModel("gpt-image-2.5-flare-2026-09-08", ON)).toMatchObject({
      requested: "gpt-image-2.5-flare-2026-09-08",
      model: "gpt-image-2.6-flare",
      reason: "absent",
      path: ["gpt-image-2.5-flare-2026-09-08", "gpt-image-2.5-flare", "gpt-image-2.6-flare"],
    });
    expect(resolveImageModel("gpt-image-1-mini", ON).model).toBe("gpt-image-2.6-flare");
  });

  it("refuses, naming the model and the variables, when the whole chain is gone", () => {
    catalog([["gpt-image-2", null]]);
    let error: unknown;
    try {
      resolveImageModel("gpt-image-2.5-sunburst", ON);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("config:model_unavailable");
    expect((error as AppError).message).toMatch(/gpt-image-2\.5-sunburst.*OPENAI_IMAGE_MODEL/);
  });

  it("says so in the log once per substitution, and not when a view only looks", () => {
    const warn = vi.spyOn(console, "error").mockImplementation(() => undefined);
    resolveImageModel("gpt-image-1", ON, { quiet: true });
    expect(warn).not.toHaveBeenCalled();
    resolveImageModel("gpt-image-1", ON);
    resolveImageModel("gpt-image-1", ON);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/"requested":"gpt-image-1","model":"gpt-image-2\.5-sunburst","reason":"shutdown"/);
  });

  it("describes a substitution for job details and the Admin page", () => {
    catalog([["gpt-image-2.6-sunburst", null], ["gpt-image-2.5-sunburst", "2026-11-01"]]);
    expect(describeModelSubstitution("gpt-image-2.5-sunburst", ON)).toEqual({ model: "gpt-image-2.5-sunburst", replacement: "gpt-image-2.6-sunburst", reason: "shutdown", shutdownDate: "2026-11-01" });
    expect(describeModelSubstitution("gpt-image-2.6-sunburst", ON)).toBeNull();
  });
});

describe("reading GET /v1/models", () => {
  const client = (): OpenAI => new OpenAI({ apiKey: "sk-test-inkwell", baseURL: server.url, maxRetries: 0 });

  it("reads every model with its shutdown_date through the SDK", async () => {
    server.setModel({ id: "gpt-image-2.6-flare", state: "announced", shutdownDate: "2027-03-01" });
    const read = await refreshModelCatalog(client(), ON);
    expect(read.models.get("gpt-image-2.6-flare")).toEqual({ id: "gpt-image-2.6-flare", shutdownDate: "2027-03-01" });
    expect(read.models.get("gpt-image-1")?.shutdownDate).toBe("2026-10-23");
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /v1/models"]);
  });

  it("keeps the previous verdicts when a read fails, and reports the failure", async () => {
    catalog([["gpt-image-2.6-flare", null]]);
    server.fail({ kind: "server_error" }, { path: "/v1/models" });
    await expect(refreshModelCatalog(client(), ON)).rejects.toThrow();
    expect(modelAvailability("gpt-image-2.6-flare", ON).source).toBe("provider");
    expect(getModelLifecycleStatus(ON).error).toMatch(/500/);
  });

  it("reads nothing without a key", async () => {
    const saved = process.env.OPENAI_API_KEY;
    delete process.env.OPENAI_API_KEY;
    resetEnvForTests();
    const list = vi.fn();
    await startModelLifecycle({ client: { models: { list } } as unknown as OpenAI });
    expect(list).not.toHaveBeenCalled();
    if (saved !== undefined) process.env.OPENAI_API_KEY = saved;
    resetEnvForTests();
  });

  it("reads at start and again after the interval, and warns from the provider's data", async () => {
    process.env.OPENAI_API_KEY = "sk-test-inkwell";
    process.env.OPENAI_IMAGE_MODEL = "gpt-image-2.5-flare";
    resetEnvForTests();
    const warn = vi.spyOn(console, "error").mockImplementation(() => undefined);
    server.setModel({ id: "gpt-image-2.5-flare", state: "retired" });
    await startModelLifecycle({ client: client(), intervalMs: 50 });
    expect(server.requests.filter((r) => r.path === "/v1/models")).toHaveLength(1);
    expect(warn.mock.calls.map((c) => String(c[0])).join("\n")).toMatch(/OPENAI_IMAGE_MODEL=gpt-image-2\.5-flare is no longer available; Inkwell uses gpt-image-2\.6-flare/);
    await vi.waitFor(() => expect(server.requests.filter((r) => r.path === "/v1/models").length).toBeGreaterThanOrEqual(2), { timeout: 2000 });
    delete process.env.OPENAI_API_KEY;
    delete process.env.OPENAI_IMAGE_MODEL;
    resetEnvForTests();
  });
});

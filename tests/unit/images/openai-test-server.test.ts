import OpenAI, { BadRequestError, NotFoundError, toFile } from "openai";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeOpenAI, type FakeOpenAI } from "../../support/openai-server";
import { validateSchema } from "../../support/openai-server/spec";

let server: FakeOpenAI;
let client: OpenAI;
let origin: string;

beforeAll(async () => {
  server = await startFakeOpenAI({ today: "2026-12-01" });
  client = new OpenAI({ apiKey: "sk-test-inkwell", baseURL: server.url, maxRetries: 0 });
  origin = server.url.replace(/\/v1$/, "");
});
afterAll(async () => server.close());
beforeEach(() => server.reset());

function expectSchema(name: string, value: unknown): void {
  expect(validateSchema(name, value).errors).toEqual([]);
}

const png = (width: number, height: number, alpha: number) =>
  sharp({ create: { width, height, channels: 4, background: { r: 255, g: 0, b: 0, alpha } } }).png().toBuffer();

async function rejects<T extends Error>(promise: Promise<unknown>, type: abstract new (...args: never[]) => T): Promise<T> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(type);
  return error as T;
}

describe("the test server's models", () => {
  it("lists every model with its shutdown_date, as the patched spec describes", async () => {
    const models = await client.models.list();
    expectSchema("ListModelsResponse", { object: "list", data: models.data });
    const byId = new Map(models.data.map((m) => [m.id, m]));
    for (const id of ["gpt-image-2.5-flare", "gpt-image-2.5-flare-2026-09-08", "gpt-image-2.5-sunburst", "gpt-image-2.5-sunburst-2026-09-08", "gpt-image-2.6-flare", "gpt-image-2.6-sunburst"]) {
      expect(byId.get(id)?.shutdown_date, id).toBeNull();
    }
    expect(byId.get("gpt-image-1")?.shutdown_date).toBe("2026-10-23");
    expect(byId.get("gpt-image-1.5")?.shutdown_date).toBe("2026-12-01");
  });

  it("answers 404 model_not_found from the shutdown date on", async () => {
    const gone = await rejects(client.images.generate({ model: "gpt-image-1.5", prompt: "x" }), NotFoundError);
    expect(gone.code).toBe("model_not_found");
    const early = await startFakeOpenAI({ today: "2026-11-30" });
    try {
      const res = await new OpenAI({ apiKey: "sk-test-inkwell", baseURL: early.url, maxRetries: 0 }).images.generate({ model: "gpt-image-1.5", prompt: "x", quality: "low" });
      expect(res.data).toHaveLength(1);
    } finally {
      await early.close();
    }
  });

  it("retires, announces and restores a model at run time through the control endpoint", async () => {
    const control = (body: unknown) => fetch(`${origin}/__control/models`, { method: "POST", body: JSON.stringify(body) });
    expect((await control({ id: "gpt-image-2.6-flare", state: "retired" })).status).toBe(200);
    expect((await rejects(client.images.generate({ model: "gpt-image-2.6-flare", prompt: "x" }), NotFoundError)).code).toBe("model_not_found");
    expect((await client.models.list()).data.map((m) => m.id)).not.toContain("gpt-image-2.6-flare");

    await control({ id: "gpt-image-2.6-flare", state: "retired", listed: true, shutdownDate: "2026-11-15" });
    expect((await client.models.retrieve("gpt-image-2.6-flare")).shutdown_date).toBe("2026-11-15");

    await control({ id: "gpt-image-2.6-flare", state: "announced", shutdownDate: "2027-06-01" });
    expect((await client.images.generate({ model: "gpt-image-2.6-flare", prompt: "x", quality: "low" })).data).toHaveLength(1);
    expect((await client.models.retrieve("gpt-image-2.6-flare")).shutdown_date).toBe("2027-06-01");

    expect((await control({ id: "gpt-image-2.6-flare", state: "announced", shutdownDate: "2026-01-01" })).status).toBe(400);
    expect((await control({ id: "nope", state: "retired" })).status).toBe(400);
    server.reset();
    expect((await client.models.retrieve("gpt-image-2.6-flare")).shutdown_date).toBeNull();
  });
});

describe("the test server's new parameters", () => {
  it("takes xhigh and max on the 2.5 family only, and complexity on 2.6 only", async () => {
    const res = await client.images.generate({ model: "gpt-image-2.5-sunburst", prompt: "A kite", quality: "max", size: "1536x864", safety_identifier: "a".repeat(64) });
    expectSchema("ImagesResponse", res);
    expect(res.quality).toBe("max");
    await rejects(client.images.generate({ model: "gpt-image-2.6-sunburst", prompt: "A kite", quality: "xhigh" }), BadRequestError);
    expect((await client.images.generate({ model: "gpt-image-2.6-sunburst", prompt: "A kite", complexity: "low", quality: "low" })).data).toHaveLength(1);
    await rejects(client.images.generate({ model: "gpt-image-2.5-flare", prompt: "A kite", complexity: "low" }), BadRequestError);
    await rejects(client.images.generate({ model: "gpt-image-2.6-flare", prompt: "A kite", size: "1536x864" }), BadRequestError);
    await rejects(client.images.generate({ model: "gpt-image-2.6-flare", prompt: "A kite", safety_identifier: "a".repeat(65) }), BadRequestError);
    expect(server.requests.map((r) => r.valid)).toEqual([true, false, true, false, false, false]);
  });

  it("answers SVG with svg_usage on 2.6, and refuses SVG where it cannot be", async () => {
    const res = await client.images.generate({ model: "gpt-image-2.6-flare", prompt: "A fox", output_format: "svg", svg: { model: "gpt-4.1-mini" }, quality: "low" });
    expectSchema("ImagesResponse", res);
    expect(res.output_format).toBe("svg");
    expect(res.svg_usage).toMatchObject({ model: "gpt-4.1-mini", input_tokens: expect.any(Number), output_tokens: expect.any(Number), reasoning_tokens: expect.any(Number) });
    expect(Buffer.from(res.data?.[0]?.b64_json ?? "", "base64").toString("utf8")).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    for (const params of [
      { model: "gpt-image-2.5-flare", output_format: "svg" as const },
      { model: "gpt-image-2.6-flare", output_format: "svg" as const, n: 2 },
      { model: "gpt-image-2.6-flare", output_format: "png" as const, svg: { model: "gpt-4.1-mini" } },
    ]) await rejects(client.images.generate({ prompt: "A fox", ...params }), BadRequestError);
    await rejects(client.images.generate({ model: "gpt-image-2.6-flare", prompt: "A fox", output_format: "svg", stream: true }), BadRequestError);
    const image = await toFile(await png(64, 64, 1), "a.png", { type: "image/png" });
    await rejects(client.images.edit({ model: "gpt-image-2.6-flare", prompt: "x", image, output_format: "svg" }), BadRequestError);
  });

  it("takes a markup drawing on 2.5 edits, never with a mask, and checks it", async () => {
    const image = () => toFile(png(64, 64, 1), "a.png", { type: "image/png" });
    const markup = async (w = 64, h = 64, alpha = 0) => toFile(await png(w, h, alpha), "markup.png", { type: "image/png" });
    const res = await client.images.edit({ model: "gpt-image-2.5-flare", prompt: "Make the circled part blue", image: await image(), markup: await markup(), size: "1024x1024" });
    expectSchema("ImagesResponse", res);
    expect(server.requests[0]?.body).toMatchObject({ markup: { filename: "markup.png", contentType: "image/png" } });
    await rejects(client.images.edit({ model: "gpt-image-2.6-flare", prompt: "x", image: await image(), markup: await markup() }), BadRequestError);
    await rejects(client.images.edit({ model: "gpt-image-2.5-flare", prompt: "x", image: await image(), markup: await markup(), mask: await markup() }), BadRequestError);
    await rejects(client.images.edit({ model: "gpt-image-2.5-flare", prompt: "x", image: await image(), markup: await markup(32, 32) }), BadRequestError);
    await rejects(client.images.edit({ model: "gpt-image-2.5-flare", prompt: "x", image: await image(), markup: await markup(64, 64, 1) }), BadRequestError);
  });

  it("counts image requests in flight, on its control API", async () => {
    server.setLatency(150);
    await Promise.all([1, 2, 3].map((i) => client.images.generate({ model: "gpt-image-2.6-flare", prompt: `Picture ${i}`, quality: "low" })));
    const counts = (await (await fetch(`${origin}/__control/in-flight`)).json()) as { inFlight: number; maxInFlight: number };
    expect(counts).toEqual({ inFlight: 0, maxInFlight: 3 });
    server.setLatency(0);
  });
});

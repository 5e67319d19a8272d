import { PDFDocument } from "pdf-lib";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as coloringRoute } from "@/app/api/coloring-pages/route";
import { POST as estimateRoute } from "@/app/api/coloring-pages/estimate/route";
import { GET as getJobRoute } from "@/app/api/jobs/[id]/route";
import { GET as getImageRoute, DELETE as deleteImageRoute } from "@/app/api/images/[id]/route";
import { GET as fileRoute } from "@/app/api/images/[id]/file/route";
import { GET as pdfRoute } from "@/app/api/images/[id]/pdf/route";
import { GET as svgRoute } from "@/app/api/images/[id]/svg/route";
import { db } from "@/lib/db/client";
import { svgCostMicroUsd } from "@/lib/images/cost";
import { resetModelCatalogForTests } from "@/lib/images/lifecycle";
import { startFakeOpenAI, type FakeOpenAI } from "../support/openai-server";
import { svgUsage } from "../support/openai-server/svg";
import { blobKeys, configureEngine, createTestUser, drainJobs } from "../support/harness";
import { call } from "../support/routes";

type Json = Record<string, unknown>;
let server: FakeOpenAI;
let alice: { id: string; token: string };
let bob: { id: string; token: string };

beforeAll(async () => {
  server = await startFakeOpenAI({ today: "2026-12-01" });
  alice = await createTestUser("alice");
  bob = await createTestUser("bob");
});
afterAll(async () => server.close());
beforeEach(async () => {
  server.reset();
  resetModelCatalogForTests();
  configureEngine({ openaiUrl: server.url, extra: { OPENAI_MAX_RETRIES: "0", OPENAI_ALLOWED_IMAGE_MODELS: "", OPENAI_SVG_MODEL: "gpt-5.6-sol" } });
});

const imageRequests = () => server.requests.filter((r) => r.path.startsWith("/v1/images/"));

async function makePage(body: Json): Promise<{ job: Json; imageId: string; image: Json }> {
  const started = await call(coloringRoute, { method: "POST", token: alice.token, body: { model: "gpt-image-2.6-flare", quality: "low", ...body } });
  expect(started.status).toBe(202);
  const { jobId } = (await started.json()) as { jobId: string };
  await drainJobs();
  const job = (await (await call(getJobRoute, { token: alice.token, params: { id: jobId } })).json()) as Json;
  expect(job).toMatchObject({ status: "succeeded" });
  const imageId = (job.imageIds as string[])[0]!;
  const image = (await (await call(getImageRoute, { token: alice.token, params: { id: imageId } })).json()) as Json;
  return { job, imageId, image };
}

describe("vector (SVG) coloring pages with OpenAI", () => {
  it("asks for SVG with the SVG author, prices its svg_usage on top, and the estimate said so", async () => {
    const estimate = (await (await call(estimateRoute, { method: "POST", token: alice.token, body: { theme: "a fox", model: "gpt-image-2.6-flare", quality: "low", vector: true } })).json()) as Json;
    expect(estimate).toMatchObject({ vector: true, model: "gpt-image-2.6-flare" });
    expect(estimate.svgAuthoringUsd as number).toBeGreaterThan(0);

    const vector = await makePage({ theme: "a fox", vector: true });
    const request = imageRequests()[0]!;
    expect(request.errors).toEqual([]);
    expect(request.body).toMatchObject({ model: "gpt-image-2.6-flare", output_format: "svg", n: 1, svg: { model: "gpt-5.6-sol" } });
    expect(request.body).not.toHaveProperty("stream");
    // The job reserved what the estimate showed.
    expect(vector.job.estimatedCostUsd).toBe(estimate.estimatedCostUsd);

    const raster = await makePage({ theme: "a fox", vector: false });
    expect(imageRequests()[1]!.body).toMatchObject({ output_format: "png" });
    expect(raster.image.svgUrl).toBeNull();
    const svgPart = svgCostMicroUsd("gpt-5.6-sol", { inputTokens: svgUsage((request.body as Json).prompt as string, "gpt-5.6-sol").input_tokens, outputTokens: svgUsage((request.body as Json).prompt as string, "gpt-5.6-sol").output_tokens });
    expect(svgPart).toBeGreaterThan(0);
    const rows = await db().image.findMany({ where: { id: { in: [vector.imageId, raster.imageId] } }, select: { id: true, costMicroUsd: true } });
    const cost = (id: string) => rows.find((r) => r.id === id)!.costMicroUsd;
    expect(cost(vector.imageId) - cost(raster.imageId)).toBe(svgPart);
  });

  it("stores the SVG normalised, renders the PNG and a vector PDF from it, and downloads it to its owner only", async () => {
    const { imageId, image } = await makePage({ theme: "a lighthouse", vector: true });
    expect(image.svgUrl).toBe(`/api/images/${imageId}/svg`);

    const download = await call(svgRoute, { token: alice.token, params: { id: imageId } });
    expect(download.status).toBe(200);
    expect(download.response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(download.response.headers.get("content-disposition")).toBe('attachment; filename="coloring-a-lighthouse.svg"');
    expect(download.response.headers.get("x-content-type-options")).toBe("nosniff");
    const svg = await download.response.text();
    // The author's colors and gradient are gone: black strokes and fills on white.
    expect(svg).not.toMatch(/#f4b942|#e4572e|#222222|linearGradient|stop-color/i);
    const paints = new Set([...svg.matchAll(/(?:fill|stroke)="([^"]+)"/g)].map((m) => m[1]!.toLowerCase()));
    expect([...paints].filter((p) => !["#000000", "#ffffff", "none", "#000", "#fff"].includes(p))).toEqual([]);

    const png = Buffer.from(await (await call(fileRoute, { token: alice.token, params: { id: imageId } })).response.arrayBuffer());
    expect(await sharp(png).metadata()).toMatchObject({ width: 2550, height: 3300, density: 300 });
    const stats = await sharp(png).stats();
    expect(stats.channels.slice(0, 3).every((c) => c.max - c.min > 200)).toBe(true);

    const pdfBytes = Buffer.from(await (await call(pdfRoute, { token: alice.token, params: { id: imageId } })).response.arrayBuffer());
    const doc = await PDFDocument.load(pdfBytes);
    expect(doc.getPage(0).getSize()).toEqual({ width: 612, height: 792 });
    // Vector paths, no embedded picture.
    expect(pdfBytes.toString("latin1")).not.toMatch(/\/Subtype\s*\/Image/);

    for (const route of [svgRoute, fileRoute, pdfRoute]) {
      expect((await call(route, { token: bob.token, params: { id: imageId } })).status).toBe(404);
    }
    const keys = await blobKeys();
    expect(keys.filter((k) => k.includes(alice.id) && k.endsWith(".svg")).length).toBeGreaterThan(0);
    expect((await call(deleteImageRoute, { method: "DELETE", token: alice.token, params: { id: imageId } })).status).toBe(204);
    expect((await blobKeys()).length).toBe(keys.length - 2);
    expect((await call(svgRoute, { token: alice.token, params: { id: imageId } })).status).toBe(404);
  });

  it("answers 404 for an image without a vector version, and 400 for a model that cannot draw SVG", async () => {
    const { imageId } = await makePage({ theme: "a boat", vector: false });
    const missing = await call(svgRoute, { token: alice.token, params: { id: imageId } });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: "not_found:image_svg" });
    const refused = await call(coloringRoute, { method: "POST", token: alice.token, body: { theme: "a boat", model: "gpt-image-2.5-flare", vector: true } });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ code: "invalid:vector", fields: { vector: expect.stringContaining("gpt-image-2.6-flare") } });
  });
});

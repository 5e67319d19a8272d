import { PDFDocument } from "pdf-lib";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as startPage } from "@/app/api/coloring-pages/route";
import { POST as estimate } from "@/app/api/coloring-pages/estimate/route";
import { GET as getJobRoute } from "@/app/api/jobs/[id]/route";
import { GET as listImagesRoute } from "@/app/api/images/route";
import { GET as getImageRoute, DELETE as deleteImageRoute } from "@/app/api/images/[id]/route";
import { GET as fileRoute } from "@/app/api/images/[id]/file/route";
import { GET as pdfRoute } from "@/app/api/images/[id]/pdf/route";
import { GET as svgRoute } from "@/app/api/images/[id]/svg/route";
import { GET as healthRoute } from "@/app/api/health/route";
import { db } from "@/lib/db/client";
import { blobKeys, configureEngine, createTestUser, drainJobs } from "../support/harness";
import { call } from "../support/routes";

let alice: { id: string; token: string };
let bob: { id: string; token: string };

beforeAll(async () => {
  configureEngine({});
  alice = await createTestUser("alice");
  bob = await createTestUser("bob");
});

async function makePage(theme: string) {
  const started = await call(startPage, { method: "POST", token: alice.token, body: { theme } });
  expect(started.status).toBe(202);
  const { jobId } = (await started.json()) as { jobId: string };
  await drainJobs();
  const job = await (await call(getJobRoute, { token: alice.token, params: { id: jobId } })).json();
  return { jobId, job };
}

describe("HTTP API for coloring pages (offline engine)", () => {
  // Without any credentials the session lookup needs a Next.js request; the browser suite covers that case.
  it("answers 401 to an unknown token", async () => {
    const res = await call(listImagesRoute, { token: "ink_not-a-real-token" });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: "unauthorized:session" });
  });

  it("refuses bad input with field errors", async () => {
    const res = await call(startPage, { method: "POST", token: alice.token, body: { theme: "", ageGroup: "baby", extra: 1 } });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.code).toBe("invalid:input");
    expect(Object.keys(body.fields as object)).toEqual(expect.arrayContaining(["theme", "ageGroup"]));
    const broken = await call(startPage, { method: "POST", token: alice.token, body: "{not json" });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ code: "invalid:json" });
    expect(await db().job.count()).toBe(0);
  });

  it("estimates zero for the offline engine", async () => {
    const res = await call(estimate, { method: "POST", token: alice.token, body: { theme: "espace" } });
    expect(await res.json()).toEqual({ engine: "offline", model: "offline-composer", quality: "high", vector: false, estimatedCostUsd: 0, correctiveRetryUsd: 0, svgAuthoringUsd: 0 });
  });

  it("refuses the OpenAI engine when it is not configured", async () => {
    const res = await call(startPage, { method: "POST", token: alice.token, body: { theme: "espace", engine: "openai" } });
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe("invalid:engine");
  });

  it("makes a page, lists it, serves PNG and PDF, hides it from others and deletes it", async () => {
    const { job } = await makePage("dinosaurs at the beach");
    expect(job).toMatchObject({ status: "succeeded", progress: 100, costUsd: 0, error: null });
    const [imageId] = job.imageIds as string[];

    const list = await (await call(listImagesRoute, { token: alice.token })).json();
    expect((list.items as Array<{ id: string }>).map((i) => i.id)).toContain(imageId);

    const meta = await (await call(getImageRoute, { token: alice.token, params: { id: imageId! } })).json();
    expect(meta).toMatchObject({ kind: "coloring", title: "dinosaurs at the beach", engine: "offline", width: 2550, height: 3300, costUsd: 0 });
    expect(meta).not.toHaveProperty("storageKey");
    expect(meta).not.toHaveProperty("svgStorageKey");
    // The composer's SVG is kept, in black and white.
    expect(meta.svgUrl).toBe(`/api/images/${imageId}/svg`);
    const svg = await call(svgRoute, { token: alice.token, params: { id: imageId! } });
    expect(svg.status).toBe(200);
    expect(svg.response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(svg.response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(svg.response.headers.get("content-disposition")).toBe('attachment; filename="coloring-dinosaurs-at-the-beach.svg"');
    const svgText = await svg.response.text();
    expect(svgText).toMatch(/^<svg[\s>]/);
    const colors = new Set([...svgText.matchAll(/(?:fill|stroke)="(#[0-9a-f]{3,6})"/gi)].map((m) => m[1]!.toLowerCase()));
    expect([...colors].every((c) => ["#000", "#000000", "#fff", "#ffffff"].includes(c))).toBe(true);

    const file = await call(fileRoute, { token: alice.token, params: { id: imageId! }, path: `/api/images/${imageId}/file?download=1` });
    expect(file.status).toBe(200);
    expect(file.response.headers.get("content-disposition")).toBe('attachment; filename="coloring-dinosaurs-at-the-beach.png"');
    const png = Buffer.from(await file.response.arrayBuffer());
    expect(await sharp(png).metadata()).toMatchObject({ width: 2550, height: 3300, density: 300 });

    const pdf = await call(pdfRoute, { token: alice.token, params: { id: imageId! } });
    expect(pdf.response.headers.get("content-type")).toBe("application/pdf");
    const pdfBytes = Buffer.from(await pdf.response.arrayBuffer());
    expect(pdfBytes.subarray(0, 5).toString()).toBe("%PDF-");
    const doc = await PDFDocument.load(pdfBytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getPage(0).getSize()).toEqual({ width: 612, height: 792 });

    for (const route of [getImageRoute, fileRoute, pdfRoute, svgRoute, deleteImageRoute]) {
      const res = await call(route, { method: route === deleteImageRoute ? "DELETE" : "GET", token: bob.token, params: { id: imageId! } });
      expect(res.status).toBe(404);
    }
    expect((await call(getJobRoute, { token: bob.token, params: { id: job.id as string } })).status).toBe(404);

    const keysBefore = await blobKeys();
    const deleted = await call(deleteImageRoute, { method: "DELETE", token: alice.token, params: { id: imageId! } });
    expect(deleted.status).toBe(204);
    expect((await call(getImageRoute, { token: alice.token, params: { id: imageId! } })).status).toBe(404);
    // Both blobs, the PNG and the SVG, go with the image.
    expect((await blobKeys()).length).toBe(keysBefore.length - 2);
  });

  it("answers an identical request from the cache at once, and paginates the library", async () => {
    await makePage("a cat and a dog");
    const again = await call(startPage, { method: "POST", token: alice.token, body: { theme: "a cat and a dog" } });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ cached: true, job: { status: "succeeded", costUsd: 0 } });

    await makePage("espace");
    const first = await (await call(listImagesRoute, { token: alice.token, path: "/api/images?limit=1" })).json();
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toBeTruthy();
    const second = await (await call(listImagesRoute, { token: alice.token, path: `/api/images?limit=1&cursor=${first.nextCursor}` })).json();
    expect((second.items as Array<{ id: string }>)[0]!.id).not.toBe((first.items as Array<{ id: string }>)[0]!.id);
    expect((await call(listImagesRoute, { token: alice.token, path: "/api/images?limit=500" })).status).toBe(400);
  });

  it("reports health: status only to anonymous callers and members, details to admins", async () => {
    const anonymous = await healthRoute(new Request("http://localhost/api/health"));
    expect(anonymous.status).toBe(200);
    expect(await anonymous.json()).toEqual({ ok: true });
    const member = await call(healthRoute, { token: alice.token, path: "/api/health" });
    expect(await member.json()).toEqual({ ok: true });
    const admin = await createTestUser("health-admin");
    await db().user.update({ where: { id: admin.id }, data: { role: "admin" } });
    const detailed = await call(healthRoute, { token: admin.token, path: "/api/health" });
    expect(await detailed.json()).toMatchObject({ ok: true, database: { ok: true }, storage: { ok: true, kind: "local" } });
  });
});

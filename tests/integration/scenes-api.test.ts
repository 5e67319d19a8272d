import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as scenesRoute } from "@/app/api/scenes/route";
import { POST as sceneVariationsRoute } from "@/app/api/scenes/variations/route";
import { POST as coloringRoute } from "@/app/api/coloring-pages/route";
import { GET as imageRoute } from "@/app/api/images/[id]/route";
import { GET as jobRoute } from "@/app/api/jobs/[id]/route";
import { db } from "@/lib/db/client";
import { registerJobKinds } from "@/lib/job-kinds";
import { JobRunner } from "@/lib/jobs";
import { imageSchema, jobStartedSchema, jobSchema } from "@/lib/openapi/responses";
import { GET as openApiRoute } from "@/app/api/openapi.json/route";
import { configureEngine, createTestUser, drainJobs } from "../support/harness";
import { documentValidator, responseSchemaOf } from "../support/openapi";
import { call } from "../support/routes";

type Json = Record<string, unknown>;
let alice: { id: string; token: string };
let bob: { id: string; token: string };
let runner: JobRunner | null = null;

beforeAll(async () => {
  configureEngine({});
  alice = await createTestUser("alice");
  bob = await createTestUser("bob");
});

afterEach(async () => {
  await runner?.stop();
  runner = null;
});

/** A runner beside the request, as the web server has, so `?wait=` sees the job finish. */
async function startRunner(): Promise<void> {
  registerJobKinds();
  runner = new JobRunner({ concurrency: 2, perUser: 2, maxAttempts: 3, pollMs: 25, rateLimitBackoffMs: 50 });
  await runner.start();
}

const scene = (body: unknown, query = "", token = alice.token) => call(scenesRoute, { method: "POST", path: `/api/scenes${query}`, token, body });

describe("POST /api/scenes", () => {
  it("queues one scene from a description, without a script, and answers the job (202)", async () => {
    const res = await scene({ description: "Coffee beans roasting in a drum", style: "documentary" });
    expect(res.status).toBe(202);
    const raw = await res.json();
    // The answer is the one the OpenAPI document describes.
    const document = (await openApiRoute().json()) as Record<string, unknown>;
    const validate = documentValidator(document).compile(responseSchemaOf(document, "/api/scenes", "post", 202));
    expect(validate(raw), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...raw, job: { ...(raw.job as object), status: "waiting" } })).toBe(false);
    const body = jobStartedSchema.parse(raw);
    expect(body.job).toMatchObject({ kind: "scene", status: "queued" });
    expect(res.response.headers.get("location")).toBe(`/api/jobs/${body.jobId}`);
    await drainJobs();
    const job = jobSchema.parse(await (await call(jobRoute, { token: alice.token, params: { id: body.jobId } })).json());
    expect(job.status).toBe("succeeded");
    const imageRaw = await (await call(imageRoute, { token: alice.token, params: { id: job.imageIds[0]! } })).json();
    expect(documentValidator(document).compile(responseSchemaOf(document, "/api/images/{id}", "get", 200))(imageRaw)).toBe(true);
    const image = imageSchema.parse(imageRaw);
    expect(image).toMatchObject({ kind: "scene", segmentId: null, title: "Coffee beans roasting in a drum" });
    expect(image.b64_json).toBeUndefined();
  });

  it("refuses bad input before queuing anything", async () => {
    const before = await db().job.count({ where: { userId: alice.id } });
    for (const body of [{}, { description: "" }, { description: "x".repeat(1001) }, { description: "a", style: "custom" }, { description: "a", extra: 1 }]) {
      const res = await scene(body);
      expect(res.status).toBe(400);
    }
    expect((await scene({ description: "x".repeat(1000) }, "?wait=abc")).status).toBe(400);
    expect(await db().job.count({ where: { userId: alice.id } })).toBe(before);
  });

  it("refuses another user's reference image as missing", async () => {
    const { jobId } = jobStartedSchema.parse(await (await scene({ description: "A lighthouse" }, "", bob.token)).json());
    await drainJobs();
    const bobImage = (await db().job.findUniqueOrThrow({ where: { id: jobId }, select: { imageIds: true } })).imageIds;
    const res = await scene({ description: "A lighthouse at dusk", references: JSON.parse(bobImage) as string[] });
    expect(res.status).toBe(404);
  });
});

describe("?wait=<seconds> on creating routes", () => {
  it("takes 0 to 120 seconds: 120 is accepted, 121 and -1 are refused", async () => {
    for (const wait of ["121", "-1", "1.5"]) {
      const res = await scene({ description: "Waiting too long" }, `?wait=${wait}`);
      expect(res.status, wait).toBe(400);
      expect(((await res.json()) as { fields: Json }).fields).toHaveProperty("wait");
    }
    await startRunner();
    const res = await scene({ description: "A quick sketch of a kettle" }, "?wait=120");
    expect(res.status).toBe(200);
  });

  it("answers 200 with the finished job and its images when it finishes in time", async () => {
    await startRunner();
    const res = await scene({ description: "A red bicycle against a wall" }, "?wait=30&include=b64");
    expect(res.status).toBe(200);
    const body = jobStartedSchema.parse(await res.json());
    expect(body.job.status).toBe("succeeded");
    expect(body.images).toHaveLength(1);
    const png = Buffer.from(body.images![0]!.b64_json!, "base64");
    expect(png.subarray(1, 4).toString()).toBe("PNG");
  });

  it("answers 202 with the job to follow at the deadline", async () => {
    // No runner: the job cannot finish, so the answer comes when one second has passed.
    const started = Date.now();
    const res = await scene({ description: "A slow scene" }, "?wait=1");
    expect(res.status).toBe(202);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    const body = jobStartedSchema.parse(await res.json());
    expect(body.job.status).toBe("queued");
    expect(body.images).toBeUndefined();
    await drainJobs();
  });

  it("waits on the other creating routes too: coloring pages", async () => {
    await startRunner();
    const res = await call(coloringRoute, { method: "POST", path: "/api/coloring-pages?wait=30", token: alice.token, body: { theme: "owls", engine: "offline" } });
    expect(res.status).toBe(200);
    const body = jobStartedSchema.parse(await res.json());
    expect(body.images?.[0]?.kind).toBe("coloring");
    expect(body.images?.[0]?.b64_json).toBeUndefined();
  });
});

describe("POST /api/scenes/variations", () => {
  it("makes typed variations of a description, each with its variation type", async () => {
    await startRunner();
    const res = await call(sceneVariationsRoute, { method: "POST", path: "/api/scenes/variations?wait=60", token: alice.token, body: { description: "A harbour at dawn", count: 3 } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { jobIds: string[]; images: Array<{ variationType: string }> };
    expect(body.jobIds).toHaveLength(3);
    expect(body.images.map((i) => i.variationType)).toEqual(["close-up", "wide-shot", "another-angle"]);
  });

  it("makes variations of a library scene, and keeps count within 1–5", async () => {
    const { jobId } = jobStartedSchema.parse(await (await scene({ description: "A fox in the snow" })).json());
    await drainJobs();
    const [imageId] = JSON.parse((await db().job.findUniqueOrThrow({ where: { id: jobId } })).imageIds) as string[];
    const ask = (body: Json, token = alice.token) => call(sceneVariationsRoute, { method: "POST", path: "/api/scenes/variations", token, body });
    expect((await ask({ imageId, count: 0 })).status).toBe(400);
    expect((await ask({ imageId, count: 6 })).status).toBe(400);
    expect((await ask({ imageId, description: "both", count: 1 })).status).toBe(400);
    expect((await ask({ imageId, count: 1, style: "cartoon" })).status).toBe(400);
    expect((await ask({ imageId, count: 1 }, bob.token)).status).toBe(404);
    const five = await ask({ imageId, count: 5 });
    expect(five.status).toBe(202);
    expect(((await five.json()) as { jobIds: string[] }).jobIds).toHaveLength(5);
    await drainJobs();
    expect((await ask({ description: "A fox", count: 5 })).status).toBe(202);
    await drainJobs();
  });
});

describe("?include=b64 on reads", () => {
  it("inlines the image's file only when asked, and refuses anything else", async () => {
    const { jobId } = jobStartedSchema.parse(await (await scene({ description: "A teapot" })).json());
    await drainJobs();
    const job = jobSchema.parse(await (await call(jobRoute, { token: alice.token, params: { id: jobId } })).json());
    const id = job.imageIds[0]!;
    const plain = await (await call(imageRoute, { token: alice.token, params: { id } })).json();
    expect(plain.b64_json).toBeUndefined();
    const inline = imageSchema.parse(await (await call(imageRoute, { path: "/api/images/x?include=b64", token: alice.token, params: { id } })).json());
    expect(Buffer.from(inline.b64_json!, "base64").length).toBe(inline.bytes);
    expect((await call(imageRoute, { path: "/api/images/x?include=png", token: alice.token, params: { id } })).status).toBe(400);
    expect((await call(imageRoute, { path: "/api/images/x?include=b64", token: bob.token, params: { id } })).status).toBe(404);
    const withImages = await (await call(jobRoute, { path: "/api/jobs/x?include=b64", token: alice.token, params: { id: jobId } })).json();
    expect((withImages.images as Array<{ b64_json: string }>)[0]!.b64_json).toBe(inline.b64_json);
  });
});

import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as coloringRoute } from "@/app/api/coloring-pages/route";
import { POST as estimateRoute } from "@/app/api/coloring-pages/estimate/route";
import { POST as photoPagesRoute } from "@/app/api/photo-pages/route";
import { DELETE as deletePhotoRoute } from "@/app/api/photos/[id]/route";
import { GET as photoFileRoute } from "@/app/api/photos/[id]/file/route";
import { POST as scenesRoute } from "@/app/api/scenes/route";
import { POST as sceneVariationsRoute } from "@/app/api/scenes/variations/route";
import { GET as listImagesRoute, POST as uploadRoute } from "@/app/api/images/route";
import { DELETE as deleteImageRoute, GET as imageRoute } from "@/app/api/images/[id]/route";
import { GET as imageFileRoute } from "@/app/api/images/[id]/file/route";
import { GET as imagePdfRoute } from "@/app/api/images/[id]/pdf/route";
import { GET as imageSvgRoute } from "@/app/api/images/[id]/svg/route";
import { POST as variationsRoute } from "@/app/api/images/[id]/variations/route";
import { POST as editsRoute } from "@/app/api/images/[id]/edits/route";
import { GET as jobRoute } from "@/app/api/jobs/[id]/route";
import { POST as cancelJobRoute } from "@/app/api/jobs/[id]/cancel/route";
import { GET as followRoute } from "@/app/api/follow/route";
import { GET as listScriptsRoute, POST as createScriptRoute } from "@/app/api/scripts/route";
import { GET as scriptRoute, PATCH as patchScriptRoute, DELETE as deleteScriptRoute } from "@/app/api/scripts/[id]/route";
import { POST as illustrateRoute } from "@/app/api/scripts/[id]/illustrate/route";
import { GET as exportScriptRoute } from "@/app/api/scripts/[id]/export/route";
import { POST as timingRoute } from "@/app/api/scripts/[id]/timing/route";
import { GET as batchRoute } from "@/app/api/batches/[id]/route";
import { POST as cancelBatchRoute } from "@/app/api/batches/[id]/cancel/route";
import { POST as retryBatchRoute } from "@/app/api/batches/[id]/retry/route";
import { configureEngine, createTestUser, drainJobs } from "../support/harness";
import { callDocumented, expectDocumented } from "../support/documented";

// Every answer below is checked against the OpenAPI document by callDocumented: a status the
// operation does not document, or a body its schema refuses, fails the test.

const SLOW = 240_000;
const cat = fs.readFileSync(path.resolve("tests/fixtures/photos/cat-chelsea.jpg"));
let alice: { id: string; token: string };
let bob: { id: string; token: string };

beforeAll(async () => {
  configureEngine({ engine: "offline" });
  alice = await createTestUser("responses-alice");
  bob = await createTestUser("responses-bob");
});

const asAlice = (extra: { body?: unknown; params?: Record<string, string>; query?: string } = {}) => ({ token: alice.token, ...extra });

describe("coloring pages, photos and the library answer as documented", () => {
  it("coloring: estimate, start, the job, the image and its files, list, delete", async () => {
    await callDocumented(estimateRoute, "POST /api/coloring-pages/estimate", asAlice({ body: { theme: "cats", engine: "offline" } }));
    await callDocumented(estimateRoute, "POST /api/coloring-pages/estimate", asAlice({ body: { theme: "" } }));
    const started = await callDocumented(coloringRoute, "POST /api/coloring-pages", asAlice({ body: { theme: "owls", engine: "offline" } }));
    expect(started.status).toBe(202);
    const jobId = started.body.jobId as string;
    await drainJobs({}, SLOW);
    const job = await callDocumented(jobRoute, "GET /api/jobs/{id}", asAlice({ params: { id: jobId }, query: "?include=b64" }));
    const imageId = (job.body.imageIds as string[])[0]!;
    expect((await callDocumented(imageRoute, "GET /api/images/{id}", asAlice({ params: { id: imageId }, query: "?include=b64" }))).body.b64_json).toBeTruthy();
    expect((await callDocumented(imageRoute, "GET /api/images/{id}", { token: bob.token, params: { id: imageId } })).status).toBe(404);
    expect((await callDocumented(imageFileRoute, "GET /api/images/{id}/file", asAlice({ params: { id: imageId } }))).status).toBe(200);
    expect((await callDocumented(imagePdfRoute, "GET /api/images/{id}/pdf", asAlice({ params: { id: imageId } }))).status).toBe(200);
    // Offline pages are vector: the SVG is there.
    expect((await callDocumented(imageSvgRoute, "GET /api/images/{id}/svg", asAlice({ params: { id: imageId } }))).status).toBe(200);
    const list = await callDocumented(listImagesRoute, "GET /api/images", asAlice({ query: "?limit=5" }));
    expect((list.body.items as unknown[]).length).toBeGreaterThan(0);
    // Cached: the same request again answers 200 at once.
    expect((await callDocumented(coloringRoute, "POST /api/coloring-pages", asAlice({ body: { theme: "owls", engine: "offline" } }))).status).toBe(200);
    expect((await callDocumented(deleteImageRoute, "DELETE /api/images/{id}", asAlice({ params: { id: imageId } }))).status).toBe(204);
  }, SLOW);

  it("photos: a page from a photo, the photo's file, deleting it with its pages", async () => {
    const form = new FormData();
    form.append("photo", new Blob([new Uint8Array(cat)], { type: "image/jpeg" }), "cat.jpg");
    form.append("mode", "trace");
    const started = await callDocumented(photoPagesRoute, "POST /api/photo-pages", asAlice({ body: form }));
    expect(started.status).toBe(202);
    const photoId = started.body.photoId as string;
    await drainJobs({}, SLOW);
    expect((await callDocumented(photoFileRoute, "GET /api/photos/{id}/file", asAlice({ params: { id: photoId } }))).status).toBe(200);
    const deleted = await callDocumented(deletePhotoRoute, "DELETE /api/photos/{id}", asAlice({ params: { id: photoId } }));
    expect(deleted.body.deletedImages).toBe(1);
    expect((await callDocumented(deletePhotoRoute, "DELETE /api/photos/{id}", asAlice({ params: { id: photoId } }))).status).toBe(404);
  }, SLOW);

  it("images: an uploaded picture, a refused upload", async () => {
    const png = await (await import("sharp")).default({ create: { width: 64, height: 48, channels: 3, background: "#abc" } }).png().toBuffer();
    const form = new FormData();
    form.append("image", new Blob([new Uint8Array(png)], { type: "image/png" }), "swatch.png");
    expect((await callDocumented(uploadRoute, "POST /api/images", asAlice({ body: form }))).status).toBe(201);
    const empty = new FormData();
    empty.append("title", "nothing");
    expect((await callDocumented(uploadRoute, "POST /api/images", asAlice({ body: empty }))).status).toBe(400);
  });
});

describe("scenes, jobs and follow answer as documented", () => {
  it("a scene, its variations, an edit the offline engine refuses, a canceled job, and follow", async () => {
    const scene = await callDocumented(scenesRoute, "POST /api/scenes", asAlice({ body: { description: "Coffee beans roasting", style: "documentary" } }));
    expect(scene.status).toBe(202);
    const many = await callDocumented(sceneVariationsRoute, "POST /api/scenes/variations", asAlice({ body: { description: "A harbour at dawn", count: 2 } }));
    expect(many.status).toBe(202);
    const canceled = await callDocumented(cancelJobRoute, "POST /api/jobs/{id}/cancel", asAlice({ params: { id: (many.body.jobIds as string[])[1]! } }));
    expect(canceled.body.status).toBe("canceled");
    await drainJobs({}, SLOW);
    const job = await callDocumented(jobRoute, "GET /api/jobs/{id}", asAlice({ params: { id: scene.body.jobId as string } }));
    const imageId = (job.body.imageIds as string[])[0]!;
    expect((await callDocumented(variationsRoute, "POST /api/images/{id}/variations", asAlice({ params: { id: imageId }, body: { count: 1 } }))).status).toBe(202);
    const form = new FormData();
    form.append("prompt", "add a red scarf");
    expect((await callDocumented(editsRoute, "POST /api/images/{id}/edits", asAlice({ params: { id: imageId }, body: form }))).status).toBe(400);
    const followed = await callDocumented(followRoute, "GET /api/follow", asAlice({ query: `?jobs=${scene.body.jobId as string},nope` }));
    expect(followed.body.missing).toEqual({ jobs: ["nope"], batches: [] });
    await callDocumented(followRoute, "GET /api/follow", asAlice({ query: "?jobs=" + "x,".repeat(300) }));
    await drainJobs({}, SLOW);
  }, SLOW);
});

describe("scripts and batches answer as documented", () => {
  it("create, list, read, change, illustrate, follow the batch, cancel, retry, export, timing, delete", async () => {
    const created = await callDocumented(createScriptRoute, "POST /api/scripts", asAlice({ body: { title: "Roasting", style: "documentary", text: "0:00 Coffee beans roasting\n0:05 The beans crack" } }));
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    await callDocumented(createScriptRoute, "POST /api/scripts", asAlice({ body: { title: "", text: "" } }));
    await callDocumented(listScriptsRoute, "GET /api/scripts", asAlice());
    await callDocumented(patchScriptRoute, "PATCH /api/scripts/{id}", asAlice({ params: { id }, body: { title: "Roasting, take two" } }));
    const illustrated = await callDocumented(illustrateRoute, "POST /api/scripts/{id}/illustrate", asAlice({ params: { id }, body: { engine: "offline" } }));
    expect(illustrated.status).toBe(202);
    const batchId = illustrated.body.batchId as string;
    await callDocumented(batchRoute, "GET /api/batches/{id}", asAlice({ params: { id: batchId } }));
    expect((await callDocumented(batchRoute, "GET /api/batches/{id}", { token: bob.token, params: { id: batchId } })).status).toBe(404);
    const canceled = await callDocumented(cancelBatchRoute, "POST /api/batches/{id}/cancel", asAlice({ params: { id: batchId } }));
    expect(canceled.body.status).toBe("canceled");
    await callDocumented(followRoute, "GET /api/follow", asAlice({ query: `?batches=${batchId}` }));
    const retried = await callDocumented(retryBatchRoute, "POST /api/batches/{id}/retry", asAlice({ params: { id: batchId } }));
    expect(retried.status).toBe(202);
    expect((await callDocumented(retryBatchRoute, "POST /api/batches/{id}/retry", asAlice({ params: { id: batchId } }))).status).toBe(409);
    await drainJobs({}, SLOW);
    const script = await callDocumented(scriptRoute, "GET /api/scripts/{id}", asAlice({ params: { id } }));
    expect((script.body.segments as Array<{ imageId: string | null }>).every((s) => s.imageId)).toBe(true);
    expect((await callDocumented(exportScriptRoute, "GET /api/scripts/{id}/export", asAlice({ params: { id }, query: "?format=srt" }))).status).toBe(200);
    await callDocumented(exportScriptRoute, "GET /api/scripts/{id}/export", asAlice({ params: { id }, query: "?format=nope" }));
    const exported = await callDocumented(exportScriptRoute, "GET /api/scripts/{id}/export", asAlice({ params: { id }, query: "?format=json&include=b64" }));
    expect((exported.body as unknown as Array<{ generated_image: { relevance_score: number } }>)[0]!.generated_image.relevance_score).toBe(1);
    const srt = "1\n00:00:01,000 --> 00:00:04,000\nCoffee beans roasting\n\n2\n00:00:06,000 --> 00:00:09,000\nThe beans crack\n";
    const timing = async (apply: string) => {
      const form = new FormData();
      form.append("file", new Blob([srt], { type: "application/x-subrip" }), "edited.srt");
      form.append("apply", apply);
      return callDocumented(timingRoute, "POST /api/scripts/{id}/timing", asAlice({ params: { id }, body: form }));
    };
    expect((await timing("false")).body.changes).toHaveLength(2);
    expect((await timing("true")).body.applied).toBe(2);
    expect((await callDocumented(deleteScriptRoute, "DELETE /api/scripts/{id}", asAlice({ params: { id } }))).status).toBe(204);
  }, SLOW);
});

describe("the response check itself", () => {
  it("fails an answer its schema refuses, and a status the operation does not document", () => {
    expect(() => expectDocumented("GET /api/follow", 200, "application/json", { jobs: [], batches: [] })).toThrow();
    expect(() => expectDocumented("GET /api/follow", 200, "application/json", { jobs: [], batches: [], missing: { jobs: [], batches: [] }, extra: 1 })).toThrow();
    expect(() => expectDocumented("GET /api/follow", 201, "application/json", { jobs: [], batches: [], missing: { jobs: [], batches: [] } })).toThrow();
    expect(() => expectDocumented("GET /api/follow", 200, "application/json", { jobs: [], batches: [], missing: { jobs: [], batches: [] } })).not.toThrow();
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/scripts/route";
import { GET as getRoute } from "@/app/api/scripts/[id]/route";
import { POST as illustrateRoute } from "@/app/api/scripts/[id]/illustrate/route";
import { configureEngine, createTestUser, drainJobs } from "../support/harness";
import { call } from "../support/routes";

interface Segment {
  id: string;
  position: number;
  text: string;
  imageId: string | null;
  image: { id: string } | null;
  images: Array<{ id: string }>;
}
interface Script {
  segments: Segment[];
  page?: { offset: number; limit: number; total: number };
  estimate: { segments: number };
}

let alice: { id: string; token: string };
let bob: { id: string; token: string };
let scriptId: string;
const COUNT = 7;

beforeAll(async () => {
  configureEngine({});
  alice = await createTestUser("alice-paging");
  bob = await createTestUser("bob-paging");
  const segments = Array.from({ length: COUNT }, (_, i) => ({ timestamp: `0:${String(i * 5).padStart(2, "0")}`, text: `Scene ${i}: a lighthouse` }));
  const res = await call(createRoute, { method: "POST", token: alice.token, body: { title: "Paging", style: "cartoon", segments } });
  expect(res.status).toBe(201);
  scriptId = ((await res.json()) as { id: string }).id;
  expect((await call(illustrateRoute, { method: "POST", token: alice.token, params: { id: scriptId }, body: { engine: "offline" } })).status).toBe(202);
  await drainJobs();
});

const get = (query: string, token = alice.token) => call(getRoute, { token, params: { id: scriptId }, path: `/api/scripts/${scriptId}${query}` });
const read = async (query: string): Promise<Script> => {
  const res = await get(query);
  expect(res.status).toBe(200);
  return (await res.json()) as unknown as Script;
};

describe("GET /api/scripts/:id?offset=&limit=", () => {
  it("without paging, answers every segment and no page, as before", async () => {
    const script = await read("");
    expect(script.segments.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(script).not.toHaveProperty("page");
  });

  it("answers only the window, with each segment's images, and the total count", async () => {
    const script = await read("?offset=2&limit=3");
    expect(script.segments.map((s) => s.text)).toEqual(["Scene 2: a lighthouse", "Scene 3: a lighthouse", "Scene 4: a lighthouse"]);
    expect(script.page).toEqual({ offset: 2, limit: 3, total: COUNT });
    for (const segment of script.segments) {
      expect(segment.image?.id).toBe(segment.imageId);
      expect(segment.images.map((i) => i.id)).toContain(segment.imageId);
    }
  });

  it("defaults a missing offset to 0 and a missing limit to 100, and past the end is empty", async () => {
    expect((await read("?limit=2")).segments.map((s) => s.position)).toEqual([0, 1]);
    expect((await read("?offset=5")).page).toEqual({ offset: 5, limit: 100, total: COUNT });
    expect((await read("?offset=5")).segments.map((s) => s.position)).toEqual([5, 6]);
    expect((await read(`?offset=${COUNT}&limit=1`)).segments).toEqual([]);
  });

  it("keeps the estimate about the whole script, not the window", async () => {
    const segments = [0, 1, 2].map((i) => ({ timestamp: `0:0${i}`, text: `Frame ${i}` }));
    const created = await call(createRoute, { method: "POST", token: alice.token, body: { title: "Not drawn", style: "cartoon", segments } });
    const id = ((await created.json()) as { id: string }).id;
    const res = await call(getRoute, { token: alice.token, params: { id }, path: `/api/scripts/${id}?offset=0&limit=1` });
    const window = (await res.json()) as unknown as Script;
    expect(window.segments).toHaveLength(1);
    expect(window.estimate.segments).toBe(3);
  });

  it("takes limit 1 to 100 and offset 0 or more, and refuses just outside", async () => {
    expect((await get("?limit=1")).status).toBe(200);
    expect((await get("?limit=100")).status).toBe(200);
    expect((await get("?offset=0")).status).toBe(200);
    for (const bad of ["?limit=0", "?limit=101", "?offset=-1", "?limit=1.5", "?offset=abc", "?limit=", "?limit=1e2"]) {
      const res = await get(bad);
      expect(res.status, bad).toBe(400);
    }
  });

  it("answers 404 for another user's script, paged or not", async () => {
    expect((await get("?offset=0&limit=2", bob.token)).status).toBe(404);
    expect((await get("", bob.token)).status).toBe(404);
  });
});

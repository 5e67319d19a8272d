import { createHash } from "node:crypto";
import { unzipSync } from "fflate";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/scripts/route";
import { POST as illustrateRoute } from "@/app/api/scripts/[id]/illustrate/route";
import { GET as exportRoute } from "@/app/api/scripts/[id]/export/route";
import { db } from "@/lib/db/client";
import { startFakeOpenAI, type FakeOpenAI } from "../support/openai-server";
import { blobKeys, configureEngine, createTestUser, drainJobs } from "../support/harness";
import { call } from "../support/routes";

let server: FakeOpenAI;
let user: { id: string; token: string };
let script: { id: string; segments: Array<{ id: string; timestamp: string; text: string }> };

const LINES = [
  "0:00 Introduction in a modern studio",
  "0:30 Historical coffee plantation in 19th century Ethiopia",
  "1:00 Modern coffee roasting factory with industrial equipment",
  "1:30 Café « Le Procope » in Paris, 1686 — où l'on boit du café ☕ 咖啡",
  "2:00 A barista pours latte art",
  "2:30 Coffee beans falling in slow motion",
  "3:00 A cup on a table at sunrise",
  "3:30 Credits over a coffee field",
];

beforeAll(async () => {
  server = await startFakeOpenAI();
  // Partial previews stay on (the default): scenes stream like coloring pages.
  configureEngine({ openaiUrl: server.url, extra: { OPENAI_MAX_RETRIES: "0" } });
  user = await createTestUser("export");
  const created = await call(createRoute, { method: "POST", token: user.token, body: { title: "Coffee: a history!", style: "cinematic", text: LINES.join("\n") } });
  script = (await created.json()) as typeof script;
  // Everything but the last segment gets an image.
  const segmentIds = script.segments.slice(0, 7).map((s) => s.id);
  expect((await call(illustrateRoute, { method: "POST", token: user.token, params: { id: script.id }, body: { engine: "openai", quality: "low", segmentIds } })).status).toBe(202);
  await drainJobs({ concurrency: 3, perUser: 3 });
  const streamed = server.requests.filter((r) => r.path === "/v1/images/generations");
  expect(streamed.every((r) => (r.body as { stream?: boolean }).stream === true && r.valid)).toBe(true);
  expect((await blobKeys()).filter((k) => k.startsWith("previews/"))).toEqual([]);
});
afterAll(async () => server.close());

async function download(format: string) {
  const res = await call(exportRoute, { token: user.token, params: { id: script.id }, path: `/api/scripts/${script.id}/export?format=${format}` });
  expect(res.status).toBe(200);
  return { bytes: Buffer.from(await res.response.arrayBuffer()), headers: res.response.headers };
}

describe("exporting a script", () => {
  it("zips the chosen images named by index, timestamp and words, with script.json", async () => {
    const { bytes, headers } = await download("zip");
    expect(headers.get("content-type")).toBe("application/zip");
    expect(headers.get("content-disposition")).toBe('attachment; filename="script-coffee-a-history.zip"');
    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files).sort()).toEqual([
      "001_0-00_introduction-modern.png",
      "002_0-30_historical-coffee.png",
      "003_1-00_modern-coffee-roasting.png",
      "004_1-30_cafe-procope-paris.png",
      "005_2-00_barista-pours-latte.png",
      "006_2-30_coffee-beans-falling.png",
      "007_3-00_cup-table-sunrise.png",
      "script.json",
    ]);
    for (const [index, segment] of script.segments.slice(0, 7).entries()) {
      const name = Object.keys(files).sort()[index]!;
      const png = files[name]!;
      expect(Buffer.from(png.subarray(0, 8)).toString("hex")).toBe("89504e470d0a1a0a");
      const image = await db().image.findFirstOrThrow({ where: { segmentId: segment.id } });
      expect(createHash("sha256").update(png).digest("hex")).toBe(image.sha256);
    }
    const json = JSON.parse(new TextDecoder().decode(files["script.json"])) as unknown[];
    expect(json).toHaveLength(8);
  });

  it("exports JSON in the reference module's shape", async () => {
    const { bytes, headers } = await download("json");
    expect(headers.get("content-disposition")).toBe('attachment; filename="script-coffee-a-history.json"');
    const json = JSON.parse(bytes.toString("utf8")) as Array<{ timestamp: string; text: string; generated_image: Record<string, unknown> | null }>;
    expect(json.map((s) => s.timestamp)).toEqual(["0:00", "0:30", "1:00", "1:30", "2:00", "2:30", "3:00", "3:30"]);
    expect(json[1]).toEqual({
      timestamp: "0:30",
      text: "Historical coffee plantation in 19th century Ethiopia",
      generated_image: { source: "gpt-image-2.6-sunburst", license: "ai-generated", cost: expect.any(Number), prompt: expect.stringContaining("Historical coffee plantation"), style: "cinematic", file: "002_0-30_historical-coffee.png", relevance_score: 1 },
    });
    expect(json[1]!.generated_image!.cost as number).toBeGreaterThan(0);
    expect(json[7]!.generated_image).toBeNull();
  });

  it("makes a storyboard PDF, six frames a page, with text any standard font can show", async () => {
    const { bytes, headers } = await download("pdf");
    expect(headers.get("content-type")).toBe("application/pdf");
    expect(headers.get("content-disposition")).toBe('attachment; filename="script-coffee-a-history.pdf"');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(2);
    const { width, height } = pdf.getPage(0).getSize();
    expect([width, height]).toEqual([792, 612]);
    expect(pdf.getTitle()).toBe("Coffee: a history!");
    // Seven images, each embedded once.
    const images = bytes.toString("latin1").match(/\/Subtype\s*\/Image/g) ?? [];
    expect(images).toHaveLength(7);
  });

  it("refuses an unknown format", async () => {
    const res = await call(exportRoute, { token: user.token, params: { id: script.id }, path: `/api/scripts/${script.id}/export?format=docx` });
    expect(res.status).toBe(400);
  });
});

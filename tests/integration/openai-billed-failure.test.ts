import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { billedCostOf } from "@/lib/errors";
import { imageCostMicroUsd } from "@/lib/images/cost";
import { OpenAIEngine } from "@/lib/images/engines/openai/engine";
import { DEFAULT_IMAGE_MODEL } from "@/lib/images/models";

// An answer that arrived with its usage (so OpenAI billed it) but whose image cannot be used: the
// engine's error says what was billed, so the failed job still counts it. An answer refused
// before any usage (a blocked prompt) is billed nothing.

const usage = { input_tokens: 40, output_tokens: 1_000, input_tokens_details: { text_tokens: 40, image_tokens: 0 } };
let server: http.Server;
let baseURL = "";
let answer: { status: number; body: unknown } = { status: 200, body: {} };

beforeAll(async () => {
  server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(answer.status, { "content-type": "application/json" });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

function engine(): OpenAIEngine {
  return new OpenAIEngine({ apiKey: "sk-test", baseURL, imageModel: DEFAULT_IMAGE_MODEL, textModel: "gpt-4o-mini", timeoutMs: 10_000, maxRetries: 0, partialImages: 0, safetySecret: "s".repeat(32) });
}

const request = { purpose: "coloring", theme: "t", scene: "t", prompt: "a cat", seed: 1, width: 1024, height: 1024, options: { ageGroup: "6-9", paper: "letter", orientation: "portrait", reference: false, title: false, quality: "low" } } as const;

describe("what the OpenAI engine reports as billed when a call fails", () => {
  it("an image that cannot be read after a billed answer carries the answer's cost", async () => {
    answer = { status: 200, body: { created: 1, data: [{ b64_json: Buffer.from("not an image").toString("base64") }], usage } };
    const failure = await engine().generate(request, { userId: "u1" }).then(() => null, (error: unknown) => error);
    expect(failure).toMatchObject({ code: "provider:bad_response" });
    const expected = imageCostMicroUsd(DEFAULT_IMAGE_MODEL, { inputTextTokens: 40, inputImageTokens: 0, outputTokens: 1_000 });
    expect(expected).toBeGreaterThan(0);
    expect(billedCostOf(failure)).toBe(expected);
  });

  it("a blocked prompt is billed nothing", async () => {
    answer = { status: 400, body: { error: { message: "blocked", type: "image_generation_user_error", code: "moderation_blocked" } } };
    const failure = await engine().generate(request, { userId: "u1" }).then(() => null, (error: unknown) => error);
    expect(failure).toMatchObject({ code: "provider:moderation_blocked" });
    expect(billedCostOf(failure)).toBe(0);
  });
});

import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import sharp from "sharp";
import OpenAI, {
  APIConnectionTimeoutError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  PermissionDeniedError,
  RateLimitError,
  toFile,
} from "openai";
import { startFakeOpenAI, type FakeOpenAI } from "./openai-server";
import { validateSchema } from "./openai-server/spec";

const API_KEY = "sk-test-inkwell";
let server: FakeOpenAI;
let client: OpenAI;

function clientWith(options: { maxRetries?: number; timeout?: number; apiKey?: string } = {}): OpenAI {
  return new OpenAI({
    apiKey: options.apiKey ?? API_KEY,
    baseURL: server.url,
    maxRetries: options.maxRetries ?? 0,
    ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
  });
}

async function pngInfo(b64: string | undefined): Promise<{ width: number; height: number; format: string }> {
  expect(typeof b64).toBe("string");
  const bytes = Buffer.from(b64 ?? "", "base64");
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  const meta = await sharp(bytes).metadata();
  return { width: meta.width ?? 0, height: meta.height ?? 0, format: meta.format ?? "" };
}

function expectSchema(name: string, value: unknown): void {
  const result = validateSchema(name, value);
  expect(result.errors, `${name}: ${result.errors.join("; ")}`).toEqual([]);
}

async function expectRejects<T extends Error>(promise: Promise<unknown>, type: abstract new (...args: never[]) => T): Promise<T> {
  let caught: unknown;
  try {
    await promise;
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(type);
  return caught as T;
}

async function blankPng(width: number, height: number, alpha: boolean): Promise<Buffer> {
  return sharp({
    create: { width, height, channels: alpha ? 4 : 3, background: alpha ? { r: 0, g: 0, b: 0, alpha: 0 } : "#ffffff" },
  })
    .png()
    .toBuffer();
}

beforeAll(async () => {
  // These cases exercise the gpt-image-1 family as it was served before its shutdown dates.
  server = await startFakeOpenAI({ today: "2026-10-01" });
  client = clientWith();
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.reset();
  server.setLatency(0);
});

describe("fake OpenAI server: images", () => {
  it("generates a real PNG of the requested gpt-image-2 size with real usage", async () => {
    const res = await client.images.generate({ model: "gpt-image-2", prompt: "A friendly dragon", size: "1024x1536", quality: "low" });
    expectSchema("ImagesResponse", res);
    expect(res.size).toBe("1024x1536");
    expect(res.quality).toBe("low");
    expect(res.output_format).toBe("png");
    const info = await pngInfo(res.data?.[0]?.b64_json);
    expect(info).toEqual({ width: 1024, height: 1536, format: "png" });
    expect(res.usage?.output_tokens).toBe(408);
    expect(res.usage?.input_tokens_details.text_tokens).toBeGreaterThan(0);
    expect(res.usage?.total_tokens).toBe((res.usage?.input_tokens ?? 0) + (res.usage?.output_tokens ?? 0));

    // Deterministic per prompt, different for another prompt.
    const again = await client.images.generate({ model: "gpt-image-2", prompt: "A friendly dragon", size: "1024x1536", quality: "low" });
    const other = await client.images.generate({ model: "gpt-image-2", prompt: "A sleepy cat", size: "1024x1536", quality: "low" });
    expect(again.data?.[0]?.b64_json).toBe(res.data?.[0]?.b64_json);
    expect(other.data?.[0]?.b64_json).not.toBe(res.data?.[0]?.b64_json);
    expect(server.requests).toHaveLength(3);
    expect(server.requests.every((r) => r.valid)).toBe(true);
  });

  it("answers auto as 1024x1024, n images, and jpeg/transparent formats", async () => {
    const res = await client.images.generate({ model: "gpt-image-1", prompt: "Two kites", n: 2, size: "auto" });
    expect(res.data).toHaveLength(2);
    expect(await pngInfo(res.data?.[1]?.b64_json)).toEqual({ width: 1024, height: 1024, format: "png" });
    expect(res.usage?.output_tokens).toBe(2 * 1056);

    const jpeg = await client.images.generate({ model: "gpt-image-1-mini", prompt: "A boat", output_format: "jpeg" });
    expect((await sharp(Buffer.from(jpeg.data?.[0]?.b64_json ?? "", "base64")).metadata()).format).toBe("jpeg");

    const clear = await client.images.generate({ model: "gpt-image-1.5", prompt: "A star", background: "transparent" });
    expect(clear.background).toBe("transparent");
    expect((await sharp(Buffer.from(clear.data?.[0]?.b64_json ?? "", "base64")).metadata()).hasAlpha).toBe(true);
    expect(server.requests.every((r) => r.valid)).toBe(true);
  });

  it("refuses a request without model and records it invalid", async () => {
    const err = await expectRejects(client.images.generate({ prompt: "No model here" }), BadRequestError);
    expect(err.status).toBe(400);
    expect(err.param).toBe("model");
    expect(err.type).toBe("invalid_request_error");
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.valid).toBe(false);
    expect(server.requests[0]?.errors.join(" ")).toMatch(/model/);
  });

  it("enforces the size rules of each model", async () => {
    const bad = await expectRejects(
      client.images.generate({ model: "gpt-image-1", prompt: "x", size: "1792x1024" }),
      BadRequestError,
    );
    expect(bad.param).toBe("size");
    expect(bad.code).toBe("invalid_value");

    // gpt-image-2: multiples of 16, aspect <= 3:1, max side 3840, 655,360..8,294,400 pixels.
    for (const size of ["1000x1000", "3840x1024", "4096x2048", "512x512", "3840x2304"]) {
      await expectRejects(client.images.generate({ model: "gpt-image-2", prompt: "x", size }), BadRequestError);
    }
    const wide = await client.images.generate({ model: "gpt-image-2", prompt: "A long train", size: "2400x800", quality: "low" });
    expect(await pngInfo(wide.data?.[0]?.b64_json)).toEqual({ width: 2400, height: 800, format: "png" });

    // Schema errors are listed in the message.
    const schema = await expectRejects(
      client.images.generate({ model: "gpt-image-1", prompt: "x", quality: "ultra" as "high" }),
      BadRequestError,
    );
    expect(schema.message).toMatch(/quality/);
    // partial_images without stream, dall-e-3 (shut down).
    await expectRejects(client.images.generate({ model: "gpt-image-1", prompt: "x", partial_images: 2 }), BadRequestError);
    await expect(client.images.generate({ model: "dall-e-3", prompt: "x" })).rejects.toMatchObject({ status: 404 });

    const results = server.requests.map((r) => r.valid);
    expect(results.filter((v) => v)).toHaveLength(1);
  });

  it("streams partial images then a completed event that the SDK parses", async () => {
    const stream = await client.images.generate({
      model: "gpt-image-1",
      prompt: "A castle on a hill",
      stream: true,
      partial_images: 2,
      size: "1536x1024",
    });
    const types: string[] = [];
    for await (const event of stream) {
      expectSchema("ImageGenStreamEvent", event);
      types.push(event.type);
      expect(await pngInfo(event.b64_json)).toEqual({ width: 1536, height: 1024, format: "png" });
      if (event.type === "image_generation.partial_image") expect(event.partial_image_index).toBe(types.length - 1);
      else expect(event.usage.output_tokens).toBe(1568);
    }
    expect(types).toEqual(["image_generation.partial_image", "image_generation.partial_image", "image_generation.completed"]);
    expect(server.requests[0]?.valid).toBe(true);
  });

  it("validates and answers an edit with image + mask (multipart), also streamed", async () => {
    const image = await blankPng(1024, 1024, false);
    const mask = await blankPng(1024, 1024, true);
    const res = await client.images.edit({
      model: "gpt-image-1",
      prompt: "Add a rainbow",
      image: await toFile(image, "photo.png", { type: "image/png" }),
      mask: await toFile(mask, "mask.png", { type: "image/png" }),
      input_fidelity: "high",
      size: "1024x1024",
      n: 1,
    });
    expectSchema("ImagesResponse", res);
    expect(await pngInfo(res.data?.[0]?.b64_json)).toEqual({ width: 1024, height: 1024, format: "png" });
    expect(res.usage?.input_tokens_details.image_tokens).toBeGreaterThan(0);
    const recorded = server.requests[0];
    expect(recorded?.valid).toBe(true);
    expect(recorded?.body).toMatchObject({
      model: "gpt-image-1",
      n: 1,
      image: { filename: "photo.png", contentType: "image/png", bytes: image.length },
      mask: { filename: "mask.png", contentType: "image/png" },
    });

    const stream = await client.images.edit({
      model: "gpt-image-1.5",
      prompt: "Make it night",
      image: [await toFile(image, "a.png", { type: "image/png" }), await toFile(image, "b.png", { type: "image/png" })],
      stream: true,
      partial_images: 1,
    });
    const types: string[] = [];
    for await (const event of stream) {
      expectSchema("ImageEditStreamEvent", event);
      types.push(event.type);
    }
    expect(types).toEqual(["image_edit.partial_image", "image_edit.completed"]);
    expect(server.requests[1]?.valid).toBe(true);
    expect(Array.isArray((server.requests[1]?.body as { image?: unknown }).image)).toBe(true);
  });

  it("refuses a mask of the wrong size, a mask without alpha and a non-image upload", async () => {
    const image = await blankPng(1024, 1024, false);
    const wrong = await expectRejects(
      client.images.edit({
        model: "gpt-image-1",
        prompt: "x",
        image: await toFile(image, "photo.png", { type: "image/png" }),
        mask: await toFile(await blankPng(512, 512, true), "mask.png", { type: "image/png" }),
      }),
      BadRequestError,
    );
    expect(wrong.param).toBe("mask");
    expect(wrong.message).toMatch(/does not match image size/);
    await expectRejects(
      client.images.edit({
        model: "gpt-image-1",
        prompt: "x",
        image: await toFile(image, "photo.png", { type: "image/png" }),
        mask: await toFile(image, "mask.png", { type: "image/png" }),
      }),
      BadRequestError,
    );
    const notImage = await expectRejects(
      client.images.edit({ model: "gpt-image-1", prompt: "x", image: await toFile(Buffer.from("hello"), "a.png", { type: "image/png" }) }),
      BadRequestError,
    );
    expect(notImage.param).toBe("image");
    const noType = await expectRejects(
      client.images.edit({ model: "gpt-image-1", prompt: "x", image: await toFile(image, "a.png") }),
      BadRequestError,
    );
    expect(noType.message).toMatch(/unsupported mimetype/);
    expect(server.requests.every((r) => !r.valid)).toBe(true);
  });
});

describe("fake OpenAI server: faults", () => {
  it("rate_limit: the SDK honours retry-after and succeeds on the retry", async () => {
    server.fail({ kind: "rate_limit", retryAfterSeconds: 1 });
    const started = Date.now();
    const res = await clientWith({ maxRetries: 1 }).images.generate({ model: "gpt-image-1", prompt: "Retry me", quality: "low" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(res.data?.[0]?.b64_json).toBeTruthy();
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.headers["x-stainless-retry-count"]).toBe("1");

    server.fail({ kind: "rate_limit" });
    const err = await expectRejects(client.images.generate({ model: "gpt-image-1", prompt: "x" }), RateLimitError);
    expect(err.headers.get("retry-after")).toBe("1");
    expect(err.code).toBe("rate_limit_exceeded");
  });

  it("server_error, moderation_blocked, invalid_key, forbidden", async () => {
    const params = { model: "gpt-image-1", prompt: "A picnic" };
    server.fail({ kind: "server_error" });
    await expectRejects(client.images.generate(params), InternalServerError);

    server.fail({ kind: "moderation_blocked", categories: ["violence"] });
    const blocked = await expectRejects(client.images.generate(params), BadRequestError);
    expect(blocked.code).toBe("moderation_blocked");
    expect(blocked.type).toBe("image_generation_user_error");
    expect(blocked.message).toMatch(/safety system.*safety_violations=\[violence\]/);

    server.fail({ kind: "invalid_key" });
    const auth = await expectRejects(client.images.generate(params), AuthenticationError);
    expect(auth.code).toBe("invalid_api_key");

    server.fail({ kind: "forbidden" });
    const forbidden = await expectRejects(client.images.generate(params), PermissionDeniedError);
    expect(forbidden.message).toMatch(/organization must be verified/);

    // A real wrong key is also refused, and recorded invalid.
    await expectRejects(clientWith({ apiKey: "sk-wrong-key-123456" }).models.list(), AuthenticationError);
    expect(server.requests.at(-1)?.valid).toBe(false);
    expect(server.requests.slice(0, -1).every((r) => r.valid)).toBe(true);
  });

  it("faults are FIFO and respect times, path and match", async () => {
    server.fail({ kind: "server_error" }, { path: "/v1/chat/completions" });
    server.fail({ kind: "forbidden" }, { times: 2, match: (r) => JSON.stringify(r.body).includes("secret") });
    const chat = client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] });
    await expectRejects(chat, InternalServerError);
    await client.images.generate({ model: "gpt-image-1", prompt: "ordinary", quality: "low" });
    await expectRejects(client.images.generate({ model: "gpt-image-1", prompt: "secret" }), PermissionDeniedError);
    await expectRejects(client.images.generate({ model: "gpt-image-1", prompt: "secret" }), PermissionDeniedError);
    await client.images.generate({ model: "gpt-image-1", prompt: "secret", quality: "low" });
  });

  it("slow: the SDK times out, the server survives the abort", async () => {
    server.fail({ kind: "slow", delayMs: 1000 });
    await expectRejects(
      clientWith({ timeout: 200 }).images.generate({ model: "gpt-image-1", prompt: "Slowly" }),
      APIConnectionTimeoutError,
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(server.inFlight).toBe(0);
    const res = await client.images.generate({ model: "gpt-image-1", prompt: "Quick now", quality: "low" });
    expect(res.data).toHaveLength(1);
  });

  it("malformed: the SDK surfaces an error; url_response: a fetchable PNG URL", async () => {
    server.fail({ kind: "malformed" });
    await expect(client.images.generate({ model: "gpt-image-1", prompt: "x" })).rejects.toThrow();

    server.fail({ kind: "url_response" });
    const res = await client.images.generate({ model: "gpt-image-1", prompt: "A lighthouse", quality: "low" });
    const url = res.data?.[0]?.url;
    expect(res.data?.[0]?.b64_json).toBeUndefined();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/files\/[\w-]+\.png$/);
    const fetched = await fetch(url ?? "");
    expect(fetched.headers.get("content-type")).toBe("image/png");
    const meta = await sharp(Buffer.from(await fetched.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["png", 1024, 1024]);
  });

  it("latency counts concurrency on image endpoints", async () => {
    server.setLatency(200);
    await Promise.all(
      [1, 2, 3, 4].map((i) => client.images.generate({ model: "gpt-image-1", prompt: `Picture ${i}`, quality: "low" })),
    );
    expect(server.maxInFlight).toBe(4);
    expect(server.inFlight).toBe(0);
  });

  it("control endpoints queue faults and expose requests", async () => {
    const origin = server.url.replace(/\/v1$/, "");
    const queued = await fetch(`${origin}/__control/fail`, {
      method: "POST",
      body: JSON.stringify({ kind: "server_error", times: 1, path: "/v1/moderations" }),
    });
    expect(await queued.json()).toEqual({ ok: true, queued: 1 });
    await expectRejects(client.moderations.create({ input: "hello" }), InternalServerError);
    const bad = await fetch(`${origin}/__control/fail`, { method: "POST", body: JSON.stringify({ kind: "nope" }) });
    expect(bad.status).toBe(400);
    const list = (await (await fetch(`${origin}/__control/requests`)).json()) as { requests: { path: string }[] };
    expect(list.requests.map((r) => r.path)).toEqual(["/v1/moderations"]);
    await fetch(`${origin}/__control/reset`, { method: "POST" });
    expect(server.requests).toHaveLength(0);
  });
});

describe("fake OpenAI server: text endpoints", () => {
  it("answers chat completions (text, photo, structured) with valid shapes", async () => {
    const text = await client.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: "You describe scenes for coloring pages." },
        { role: "user", content: "a dinosaur eating ice cream" },
      ],
    });
    expectSchema("CreateChatCompletionResponse", text);
    expect(text.choices[0]?.message.content).toBe("A cheerful scene: a dinosaur eating ice cream, drawn with simple shapes");
    expect(text.usage?.total_tokens).toBe((text.usage?.prompt_tokens ?? 0) + (text.usage?.completion_tokens ?? 0));

    const photo = await client.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: "Describe this photo" },
            { type: "image_url", image_url: { url: "data:image/png;base64,iVBORw0KGgo=" } },
          ],
        },
      ],
    });
    expect(photo.choices[0]?.message.content).toBe("A smiling child with curly hair holding a ball");

    const structured = await client.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "a robot picnic" }],
      response_format: {
        type: "json_schema",
        json_schema: {
          name: "script",
          strict: true,
          schema: {
            type: "object",
            additionalProperties: false,
            required: ["title", "scenes"],
            properties: {
              title: { type: "string" },
              scenes: { type: "array", items: { type: "object", additionalProperties: false, required: ["description"], properties: { description: { type: "string" } } } },
            },
          },
        },
      },
    });
    const parsed: unknown = JSON.parse(structured.choices[0]?.message.content ?? "");
    expect(parsed).toMatchObject({ title: expect.any(String), scenes: expect.any(Array) });

    const stream = await client.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "a whale" }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let streamed = "";
    for await (const chunk of stream) streamed += chunk.choices[0]?.delta.content ?? "";
    expect(streamed).toBe("A cheerful scene: a whale, drawn with simple shapes");

    await expectRejects(
      client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "robot" as "user", content: "x" }] }),
      BadRequestError,
    );
    expect(server.requests.map((r) => r.valid)).toEqual([true, true, true, true, false]);
  });

  it("answers moderations (flagged on demand), responses and models", async () => {
    const clean = await client.moderations.create({ model: "omni-moderation-latest", input: "a happy bunny" });
    expectSchema("CreateModerationResponse", clean);
    expect(clean.results[0]?.flagged).toBe(false);

    server.fail({ kind: "flagged", categories: ["violence"] });
    const flagged = await client.moderations.create({ input: ["a fight", "a flower"] });
    expectSchema("CreateModerationResponse", flagged);
    expect(flagged.results).toHaveLength(2);
    expect(flagged.results[0]?.flagged).toBe(true);
    expect(flagged.results[0]?.categories.violence).toBe(true);
    expect(flagged.results[0]?.categories.sexual).toBe(false);

    const response = await client.responses.create({ model: "gpt-4o-mini", input: "a snowman" });
    expectSchema("Response", response);
    expect(response.output_text).toBe("A cheerful scene: a snowman, drawn with simple shapes");

    const models = await client.models.list();
    expectSchema("ListModelsResponse", { object: "list", data: models.data });
    expect(models.data.map((m) => m.id)).toContain("gpt-image-2");
    expect(server.requests.every((r) => r.valid)).toBe(true);
  });
});

describe("fake OpenAI server: CLI", () => {
  it("starts, prints ready, serves, and stops on SIGTERM", async () => {
    const cli = path.resolve(__dirname, "openai-server-cli.ts");
    const child = spawn(process.execPath, ["--import", "tsx", cli, "--port", "0", "--latency", "5"], {
      cwd: path.resolve(__dirname, "../.."),
      env: { ...process.env, FAKE_OPENAI_FAULTS: JSON.stringify([{ kind: "server_error", path: "/v1/models" }]) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        const timer = setTimeout(() => reject(new Error(`no ready line: ${out}`)), 15_000);
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          const m = /ready (http:\/\/\S+)/.exec(out);
          if (m?.[1]) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        });
        child.on("exit", (code) => reject(new Error(`exited ${String(code)}: ${out}`)));
      });
      const cliClient = new OpenAI({ apiKey: API_KEY, baseURL: url, maxRetries: 0 });
      await expectRejects(cliClient.models.list(), InternalServerError);
      const models = await cliClient.models.list();
      expect(models.data.length).toBeGreaterThan(0);
    } finally {
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    }
  });
});

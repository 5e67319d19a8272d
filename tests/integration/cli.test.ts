import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "@/cli/main";
import { exitCodeOfStatus } from "@/cli/errors";
import { db } from "@/lib/db/client";
import { registerJobKinds } from "@/lib/job-kinds";
import { JobRunner } from "@/lib/jobs";
import { startApiServer } from "../support/api-server";
import { configureEngine, createTestUser } from "../support/harness";

let server: { url: string; close: () => Promise<void> };
let runner: JobRunner;
let alice: { id: string; token: string };
let dir: string;

beforeAll(async () => {
  configureEngine({ extra: { PHOTO_MAX_BYTES: String(20 * 1024 * 1024), LIMIT_API_PER_MINUTE: "100000" } });
  alice = await createTestUser("alice");
  server = await startApiServer();
  registerJobKinds();
  runner = new JobRunner({ concurrency: 2, perUser: 2, maxAttempts: 3, pollMs: 25, rateLimitBackoffMs: 50 });
  await runner.start();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "inkwell-cli-"));
});

afterAll(async () => {
  await runner.stop();
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString("utf8") };
}

/** Runs the CLI in this process against the test server, as a user's shell would. */
async function inkwell(args: string[], env: Record<string, string | undefined> = {}) {
  const stdout = collect();
  const stderr = collect();
  const code = await runCli(args, { stdout: stdout.stream, stderr: stderr.stream, env: { INKWELL_URL: server.url, INKWELL_TOKEN: alice.token, ...env }, sleep: (ms) => new Promise((r) => setTimeout(r, ms)), pollMs: 30 });
  const out = { code, stdout: stdout.text(), stderr: stderr.text() };
  // The token never appears in anything the CLI prints.
  expect(out.stdout + out.stderr).not.toContain(alice.token);
  return out;
}

const file = (name: string) => path.join(dir, name);

describe("the inkwell CLI against a running server", () => {
  it("page: a theme to a PNG and a PDF, with --json for scripts", async () => {
    const png = await inkwell(["page", "owls in a forest", "--engine", "offline", "--age", "3-5", "-o", file("owls.png")]);
    expect(png.code, png.stderr).toBe(0);
    expect(png.stdout).toBe(`Saved ${file("owls.png")}\n`);
    expect(fs.readFileSync(file("owls.png")).subarray(1, 4).toString()).toBe("PNG");
    const pdf = await inkwell(["--json", "page", "owls in a forest", "--engine", "offline", "--paper", "a4", "-o", file("owls.pdf")]);
    expect(pdf.code, pdf.stderr).toBe(0);
    expect(JSON.parse(pdf.stdout)).toMatchObject({ file: file("owls.pdf"), imageId: expect.any(String) });
    expect(fs.readFileSync(file("owls.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("photo and scene: a photo traced to a PDF, a description to a PNG", async () => {
    const photo = await inkwell(["photo", "tests/fixtures/photos/cat-chelsea.jpg", "--mode", "trace", "-o", file("cat.pdf")]);
    expect(photo.code, photo.stderr).toBe(0);
    expect(fs.readFileSync(file("cat.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    const scene = await inkwell(["scene", "Coffee beans roasting", "--style", "documentary", "-o", file("roasting.png")]);
    expect(scene.code, scene.stderr).toBe(0);
    expect(fs.readFileSync(file("roasting.png")).subarray(1, 4).toString()).toBe("PNG");
  });

  it("script illustrate: a script file to a storyboard ZIP; rerun with its id makes nothing again", async () => {
    fs.writeFileSync(file("roast.txt"), "0:00 Green coffee beans pour into the drum\n0:04 The beans turn brown and crack\n");
    const first = await inkwell(["--json", "script", "illustrate", file("roast.txt"), "--style", "documentary", "-o", file("roast.zip")]);
    expect(first.code, first.stderr).toBe(0);
    const { scriptId, batchId } = JSON.parse(first.stdout) as { scriptId: string; batchId: string };
    expect(batchId).toEqual(expect.any(String));
    expect(fs.readFileSync(file("roast.zip")).subarray(0, 2).toString()).toBe("PK");
    const again = await inkwell(["--json", "script", "illustrate", scriptId, "-o", file("roast.json")]);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ scriptId, batchId: null });
    expect(JSON.parse(fs.readFileSync(file("roast.json"), "utf8"))).toBeTruthy();
    const exported = await inkwell(["script", "export", scriptId, "-o", file("roast.srt")]);
    expect(exported.code).toBe(0);
    expect(fs.readFileSync(file("roast.srt"), "utf8")).toContain("-->");
  });

  it("books export: a book's interior PDF; a book without pages is a one-line 409 reason", async () => {
    const api = (route: string, body: unknown) =>
      fetch(`${server.url}${route}`, { method: "POST", headers: { authorization: `Bearer ${alice.token}`, "content-type": "application/json" }, body: JSON.stringify(body) });
    const book = (await (await api("/api/books", { title: "Owls", trim: "letter" })).json()) as { id: string };
    const empty = await inkwell(["books", "export", book.id, "-o", file("book.pdf")]);
    expect(empty.code).toBe(2);
    expect(empty.stderr.trim().split("\n")).toHaveLength(1);
    const image = await db().image.findFirstOrThrow({ where: { userId: alice.id, kind: "coloring" }, select: { id: true } });
    expect((await api(`/api/books/${book.id}/pages`, { imageIds: [image.id] })).status).toBe(201);
    const res = await inkwell(["books", "export", book.id, "--part", "interior", "-o", file("book.pdf")]);
    expect(res.code, res.stderr).toBe(0);
    expect(fs.readFileSync(file("book.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("jobs follow: 0 for a finished job, 1 for a failed one", async () => {
    const done = await db().job.findFirstOrThrow({ where: { userId: alice.id, status: "succeeded" }, select: { id: true } });
    expect((await inkwell(["jobs", "follow", done.id])).code).toBe(0);
    const failed = await db().job.create({ data: { userId: alice.id, kind: "scene", input: "{}", engine: "offline", model: "offline", status: "failed", errorCode: "engine:refused", errorMessage: "The engine refused." }, select: { id: true } });
    const res = await inkwell(["jobs", "follow", failed.id]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain("The engine refused.");
  });

  it("exit codes: 2 bad usage or input, 3 auth, 4 over a limit, 5 no server; one line each, never a stack", async () => {
    const cases: Array<[string[], Record<string, string | undefined>, number]> = [
      [["page"], {}, 2],
      [["page", "cats", "-o", file("x.gif")], {}, 2],
      [["page", "cats", "--age", "baby", "-o", file("x.png")], {}, 2],
      [["photo", file("missing.jpg"), "-o", file("x.png")], {}, 2],
      [["books", "export", "no-such-book", "-o", file("x.pdf")], {}, 2],
      [["page", "cats", "-o", file("x.png")], { INKWELL_TOKEN: undefined }, 3],
      [["page", "cats", "-o", file("x.png")], { INKWELL_TOKEN: "ink_not-a-token" }, 3],
      [["page", "cats", "-o", file("x.png")], { INKWELL_URL: "http://127.0.0.1:9" }, 5],
    ];
    for (const [args, env, code] of cases) {
      const res = await inkwell(args, env);
      expect(res.code, `${args.join(" ")}: ${res.stderr}`).toBe(code);
      expect(res.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
      expect(res.stderr).not.toMatch(/\n\s+at /);
    }
    const age = await inkwell(["page", "cats", "--age", "baby", "-o", file("x.png")]);
    expect(age.stderr).toContain("ageGroup");
    configureEngine({ extra: { PHOTO_MAX_BYTES: String(1024), LIMIT_API_PER_MINUTE: "100000" } });
    try {
      const big = await inkwell(["photo", "tests/fixtures/photos/cat-chelsea.jpg", "-o", file("x.png")]);
      expect(big.code, big.stderr).toBe(4);
    } finally {
      configureEngine({ extra: { PHOTO_MAX_BYTES: String(20 * 1024 * 1024), LIMIT_API_PER_MINUTE: "100000" } });
    }
    expect([401, 403, 402, 429, 413, 400, 404, 409, 500].map(exitCodeOfStatus)).toEqual([3, 3, 4, 4, 4, 2, 2, 2, 5]);
  });
});

import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "@/cli/main";
import { exitCodeOfStatus } from "@/cli/errors";
import { db } from "@/lib/db/client";
import { JOB_KINDS, registerJobKinds } from "@/lib/job-kinds";
import { JobRunner, type JobHandler } from "@/lib/jobs";
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

const delay = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

interface RunOptions {
  /** What is piped into the CLI (the token for `login`). */
  stdin?: string;
  signal?: AbortSignal;
  /** Runs before each wait between polls: a test can press "Ctrl-C" there. */
  beforeSleep?: () => void;
}

/** Runs the CLI in this process against the test server, as a user's shell would; the config lives in the test's folder. */
async function inkwell(args: string[], env: Record<string, string | undefined> = {}, run: RunOptions = {}) {
  const stdout = collect();
  const stderr = collect();
  const stdin = new PassThrough();
  stdin.end(run.stdin ?? "");
  const sleep = async (ms: number) => {
    run.beforeSleep?.();
    await delay(ms);
  };
  const fullEnv = { INKWELL_URL: server.url, INKWELL_TOKEN: alice.token, XDG_CONFIG_HOME: path.join(dir, "config"), ...env };
  const code = await runCli(args, { stdout: stdout.stream, stderr: stderr.stream, stdin, env: fullEnv, sleep, pollMs: 30, signal: run.signal });
  const out = { code, stdout: stdout.text(), stderr: stderr.text() };
  // The token never appears in anything the CLI prints.
  expect(out.stdout + out.stderr).not.toContain(alice.token);
  return out;
}

const file = (name: string) => path.join(dir, name);

const pngsIn = (folder: string) => (fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith(".png")).sort() : []);

describe("the inkwell CLI against a running server", () => {
  it("color: a theme to a PNG, a PDF and an SVG; --vector is sent; page still works", async () => {
    const png = await inkwell(["color", "owls in a forest", "--engine", "offline", "--age", "3-5", "--out", file("owls.png")]);
    expect(png.code, png.stderr).toBe(0);
    expect(png.stdout).toBe(`Saved ${file("owls.png")}\n`);
    expect(fs.readFileSync(file("owls.png")).subarray(1, 4).toString()).toBe("PNG");
    const pdf = await inkwell(["--json", "color", "espace", "--age", "6-9", "--paper", "a4", "--engine", "offline", "--out", file("espace.pdf")]);
    expect(pdf.code, pdf.stderr).toBe(0);
    const { jobId } = JSON.parse(pdf.stdout) as { jobId: string };
    expect(fs.readFileSync(file("espace.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    const plain = await db().job.findUniqueOrThrow({ where: { id: jobId }, select: { input: true } });
    expect(JSON.parse(plain.input)).toMatchObject({ theme: "espace", ageGroup: "6-9", paper: "a4", vector: false });
    const svg = await inkwell(["--json", "color", "espace", "--vector", "--engine", "offline", "--out", file("espace.svg")]);
    expect(svg.code, svg.stderr).toBe(0);
    expect(fs.readFileSync(file("espace.svg"), "utf8")).toMatch(/<svg[\s>]/);
    const vector = await db().job.findUniqueOrThrow({ where: { id: (JSON.parse(svg.stdout) as { jobId: string }).jobId }, select: { input: true } });
    expect(JSON.parse(vector.input)).toMatchObject({ vector: true });
    const alias = await inkwell(["page", "owls in a forest", "--engine", "offline", "-o", file("alias.png")]);
    expect(alias.code, alias.stderr).toBe(0);
  });

  it("photo and scene: a photo traced to a PDF, a description to a PNG", async () => {
    const photo = await inkwell(["photo", "tests/fixtures/photos/cat-chelsea.jpg", "--mode", "trace", "-o", file("cat.pdf")]);
    expect(photo.code, photo.stderr).toBe(0);
    expect(fs.readFileSync(file("cat.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    const scene = await inkwell(["scene", "Coffee beans roasting", "--style", "documentary", "-o", file("roasting.png")]);
    expect(scene.code, scene.stderr).toBe(0);
    expect(fs.readFileSync(file("roasting.png")).subarray(1, 4).toString()).toBe("PNG");
  });

  it("illustrate: a script to a folder of scenes named by index and timestamp, with the module's JSON; a rerun makes nothing", async () => {
    fs.writeFileSync(file("roast.txt"), "0:00 Green coffee beans pour into the drum\n0:04 The beans turn brown and crack\n");
    const out = file("roast");
    const first = await inkwell(["--json", "illustrate", file("roast.txt"), "--style", "documentary", "--aspect", "16:9", "--out", out]);
    expect(first.code, first.stderr).toBe(0);
    const result = JSON.parse(first.stdout) as { scriptId: string; batchId: string; made: number; saved: number; json: string };
    expect(result).toMatchObject({ made: 2, saved: 2, total: 2, batchId: expect.any(String) });
    expect(pngsIn(out)).toEqual([expect.stringMatching(/^001_0-00_/), expect.stringMatching(/^002_0-04_/)]);
    const items = JSON.parse(fs.readFileSync(result.json, "utf8")) as Array<{ timestamp: string; generated_image: { file: string; style: string; relevance_score: number } }>;
    expect(items.map((item) => [item.timestamp, item.generated_image.file, item.generated_image.style])).toEqual([
      ["0:00", pngsIn(out)[0], "documentary"],
      ["0:04", pngsIn(out)[1], "documentary"],
    ]);
    const script = await db().script.findUniqueOrThrow({ where: { id: result.scriptId }, select: { aspect: true } });
    expect(script.aspect).toBe("16:9");
    const jobsBefore = await db().job.count({ where: { userId: alice.id } });
    const again = await inkwell(["--json", "illustrate", file("roast.txt"), "--style", "documentary", "--out", out]);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ scriptId: result.scriptId, batchId: null, made: 0, saved: 2 });
    expect(await db().job.count({ where: { userId: alice.id } })).toBe(jobsBefore);
    // The folder belongs to its script: another file is refused rather than mixed in.
    fs.writeFileSync(file("other.txt"), "0:00 Something else entirely\n");
    const other = await inkwell(["illustrate", file("other.txt"), "--out", out]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain("another script");
  });

  it("resume after an interrupted illustrate: Ctrl-C stops cleanly, and the rerun makes only the missing scenes", async () => {
    const scene = JOB_KINDS.find((kind) => kind.kind === "scene")!;
    let started = 0;
    // Two scenes are drawn, then the third hangs until it is canceled: "Ctrl-C" lands mid-run.
    const gated: JobHandler = async (context) => {
      if (++started > 2) await new Promise((_, reject) => context.signal.addEventListener("abort", () => reject(context.signal.reason as Error)));
      return scene.run(context);
    };
    await runner.stop();
    const slow = new JobRunner({ concurrency: 1, perUser: 1, maxAttempts: 3, pollMs: 25, rateLimitBackoffMs: 50, handlers: { scene: gated } });
    await slow.start();
    fs.writeFileSync(file("four.txt"), ["0:00 A red kite over a hill", "0:05 A lighthouse at dusk", "0:10 A fox in the snow", "0:15 A boat on a lake"].join("\n"));
    const out = file("four");
    const ctrlC = new AbortController();
    let first;
    try {
      first = await inkwell(["illustrate", file("four.txt"), "--out", out], {}, { signal: ctrlC.signal, beforeSleep: () => pngsIn(out).length >= 2 && ctrlC.abort() });
    } finally {
      await slow.stop(200);
      await runner.start();
    }
    expect(first.code).toBe(130);
    expect(first.stderr.trim().split("\n").at(-1)).toBe(`inkwell: Stopped: 2 of 4 scenes are in ${out}; run the same command again to make the rest.`);
    expect(first.stderr).not.toMatch(/\n\s+at /);
    const kept = pngsIn(out);
    expect(kept).toHaveLength(2);
    expect(fs.readdirSync(out).filter((name) => name.endsWith(".part"))).toEqual([]);
    const stamps = kept.map((name) => fs.statSync(path.join(out, name)).mtimeMs);
    // What was running when the user stopped is canceled, not left to draw (and bill).
    const interrupted = await db().job.findMany({ where: { userId: alice.id, kind: "scene", status: { in: ["queued", "running"] } } });
    expect(interrupted).toEqual([]);

    const rerun = await inkwell(["--json", "illustrate", file("four.txt"), "--out", out]);
    expect(rerun.code, rerun.stderr).toBe(0);
    const { batchId, made, saved } = JSON.parse(rerun.stdout) as { batchId: string; made: number; saved: number };
    expect({ made, saved }).toEqual({ made: 2, saved: 4 });
    expect(await db().job.count({ where: { batchId } })).toBe(2);
    expect(pngsIn(out)).toHaveLength(4);
    expect(kept.map((name) => fs.statSync(path.join(out, name)).mtimeMs)).toEqual(stamps);
  });

  it("a real Ctrl-C (SIGINT) to the inkwell process stops illustrate with 130, one line and no stack", async () => {
    const scene = JOB_KINDS.find((kind) => kind.kind === "scene")!;
    let started = 0;
    const gated: JobHandler = async (context) => {
      if (++started > 1) await new Promise((_, reject) => context.signal.addEventListener("abort", () => reject(context.signal.reason as Error)));
      return scene.run(context);
    };
    await runner.stop();
    const slow = new JobRunner({ concurrency: 1, perUser: 1, maxAttempts: 3, pollMs: 25, rateLimitBackoffMs: 50, handlers: { scene: gated } });
    await slow.start();
    fs.writeFileSync(file("three.txt"), ["0:00 A windmill in a field", "0:05 A train on a bridge", "0:10 An owl on a branch"].join("\n"));
    const out = file("three");
    try {
      const child = spawn(process.execPath, ["bin/inkwell.mjs", "illustrate", file("three.txt"), "--out", out], {
        env: { ...process.env, INKWELL_URL: server.url, INKWELL_TOKEN: alice.token, XDG_CONFIG_HOME: path.join(dir, "config") },
      });
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      while (pngsIn(out).length < 1) await delay(50);
      child.kill("SIGINT");
      expect(await exited).toBe(130);
      expect(stderr.trim().split("\n").at(-1)).toBe(`inkwell: Stopped: 1 of 3 scenes are in ${out}; run the same command again to make the rest.`);
      expect(stderr).not.toMatch(/\n\s+at /);
    } finally {
      await slow.stop(200);
      await runner.start();
    }
    expect(pngsIn(out)).toHaveLength(1);
  });

  it("export: a script by its illustrate folder or id, as a timeline, subtitles or JSON", async () => {
    const out = file("roast");
    const srt = await inkwell(["export", out, "--format", "srt", "--out", file("roast.srt")]);
    expect(srt.code, srt.stderr).toBe(0);
    expect(fs.readFileSync(file("roast.srt"), "utf8")).toContain("-->");
    const fcpxml = await inkwell(["--json", "export", out, "--format", "fcpxml", "--out", file("roast-fcpxml.zip")]);
    expect(fcpxml.code, fcpxml.stderr).toBe(0);
    expect(fs.readFileSync(file("roast-fcpxml.zip")).subarray(0, 2).toString()).toBe("PK");
    const { scriptId } = JSON.parse(fcpxml.stdout) as { scriptId: string };
    const json = await inkwell(["export", scriptId, "--format", "json", "-o", file("roast-export.json")]);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(fs.readFileSync(file("roast-export.json"), "utf8"))).toHaveLength(2);
    expect((await inkwell(["export", scriptId, "--format", "mov"])).code).toBe(2);
    expect((await inkwell(["export", file("roast.txt"), "--format", "srt"])).code).toBe(2);
  });

  it("book: a theme to a generated book's interior PDF", async () => {
    const res = await inkwell(["--json", "book", "ocean animals", "--pages", "2", "--engine", "offline", "--out", file("ocean.pdf")]);
    expect(res.code, res.stderr).toBe(0);
    const { bookId } = JSON.parse(res.stdout) as { bookId: string };
    expect(fs.readFileSync(file("ocean.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    expect(await db().bookPage.count({ where: { bookId } })).toBe(2);
    for (const pages of ["0", "1.5", "many"]) expect((await inkwell(["book", "ocean", "--pages", pages, "--out", file("x.pdf")])).code, pages).toBe(2);
  });

  it("login: the token from stdin, checked, stored 0600 and never printed; later commands use it", async () => {
    const env = { XDG_CONFIG_HOME: path.join(dir, "login-config"), INKWELL_TOKEN: undefined, INKWELL_URL: undefined };
    const config = path.join(env.XDG_CONFIG_HOME, "inkwell", "config.json");
    const wrong = await inkwell(["login", "--server", server.url], env, { stdin: "ink_not-a-token\n" });
    expect(wrong.code).toBe(3);
    expect(wrong.stdout + wrong.stderr).not.toContain("ink_not-a-token");
    expect(fs.existsSync(config)).toBe(false);
    expect((await inkwell(["login", "--server", server.url], env, { stdin: "" })).code).toBe(2);

    const login = await inkwell(["login", "--server", `${server.url}/`], env, { stdin: `${alice.token}\n` });
    expect(login.code, login.stderr).toBe(0);
    expect(fs.statSync(config).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(config)).mode & 0o777).toBe(0o700);
    expect(JSON.parse(fs.readFileSync(config, "utf8"))).toEqual({ server: server.url, token: alice.token });
    // A file left readable by others is made private again on the next login.
    fs.chmodSync(config, 0o644);
    expect((await inkwell(["login", "--server", server.url], env, { stdin: alice.token })).code).toBe(0);
    expect(fs.statSync(config).mode & 0o777).toBe(0o600);

    const page = await inkwell(["color", "owls", "--engine", "offline", "--out", file("stored.png")], env);
    expect(page.code, page.stderr).toBe(0);
    // The stored token goes only to the server it was stored for.
    const elsewhere = await inkwell(["--server", "http://127.0.0.1:9", "color", "owls", "--out", file("x.png")], env);
    expect(elsewhere.code).toBe(3);
    expect(elsewhere.stderr).toContain("No token for http://127.0.0.1:9");
    // The environment overrides the stored token.
    expect((await inkwell(["color", "owls", "--out", file("x.png")], { ...env, INKWELL_TOKEN: "ink_not-a-token" })).code).toBe(3);
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
    fs.writeFileSync(file("broken.txt"), "0:00 A fine first scene\n0:09 Second\n0:03 Out of order\n");
    const cases: Array<[string[], Record<string, string | undefined>, number]> = [
      [["color"], {}, 2],
      [["color", "cats", "-o", file("x.gif")], {}, 2],
      [["color", "cats", "--age", "baby", "-o", file("x.png")], {}, 2],
      [["scene", "cats", "-o", file("x.svg")], {}, 2],
      [["photo", file("missing.jpg"), "-o", file("x.png")], {}, 2],
      [["illustrate", file("missing.srt"), "--out", file("missing")], {}, 2],
      [["illustrate", file("broken.txt"), "--out", file("broken")], {}, 2],
      [["illustrate", file("missing.srt"), "--out", file("missing")], { INKWELL_TOKEN: undefined }, 2],
      [["books", "export", "no-such-book", "-o", file("x.pdf")], {}, 2],
      [["frobnicate"], {}, 2],
      [["color", "cats", "-o", file("x.png")], { INKWELL_TOKEN: undefined }, 3],
      [["color", "cats", "-o", file("x.png")], { INKWELL_TOKEN: "ink_not-a-token" }, 3],
      [["color", "cats", "-o", file("x.png")], { INKWELL_URL: "http://127.0.0.1:9" }, 5],
    ];
    for (const [args, env, code] of cases) {
      const res = await inkwell(args, env);
      expect(res.code, `${args.join(" ")}: ${res.stderr}`).toBe(code);
      expect(res.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
      expect(res.stderr).not.toMatch(/\n\s+at /);
    }
    expect((await inkwell(["illustrate", file("missing.srt"), "--out", file("missing")])).stderr).toBe(`inkwell: File not found: ${file("missing.srt")}\n`);
    const broken = await inkwell(["illustrate", file("broken.txt"), "--out", file("broken")]);
    expect(broken.stderr).toMatch(new RegExp(`^inkwell: ${file("broken.txt").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: .*\\(line 3\\)`));
    const age = await inkwell(["color", "cats", "--age", "baby", "-o", file("x.png")]);
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

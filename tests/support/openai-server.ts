/**
 * A local HTTP server that speaks OpenAI's wire format for the endpoints Inkwell uses, validates
 * every request against OpenAI's own OpenAPI spec (/work/shared/openai/openapi.json, or
 * OPENAI_SPEC_PATH), answers with real image bytes, and injects faults on demand.
 *
 *   const server = await startFakeOpenAI();
 *   const client = new OpenAI({ apiKey: "sk-test-inkwell", baseURL: server.url, maxRetries: 0 });
 *   server.fail({ kind: "rate_limit", retryAfterSeconds: 1 });
 *   ...
 *   expect(server.requests.every((r) => r.valid)).toBe(true);
 *   await server.close();
 *
 * Control endpoints (outside /v1, no auth) for processes that cannot call the object directly:
 *   POST /__control/fail      { "kind": "rate_limit", "times": 2, "path": "/v1/images/generations" }
 *                             (or { "fault": {...}, "times": 2 }, or an array of either)
 *   POST /__control/reset
 *   POST /__control/latency   { "ms": 500 }
 *   GET  /__control/requests  → { requests, inFlight, maxInFlight }
 *   GET  /__control/in-flight → { inFlight, maxInFlight } (image requests being answered now, and the most at once)
 *   POST /__control/models    { "id": "gpt-image-2.6-flare", "state": "retired", "listed"?: false, "shutdownDate"?: "2026-11-30" }
 *                             (state: available | announced (with a future shutdownDate) | retired; or an array)
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import sharp from "sharp";
import type { ErrorObject } from "ajv";
import {
  apiError,
  forbiddenError,
  invalidKeyError,
  missingKeyError,
  moderationBlockedError,
  rateLimitError,
  serverError,
  type ApiError,
} from "./openai-server/errors";
import {
  checkImageRules,
  inputImageTokens,
  outputTokens,
  resolveQuality,
  resolveSize,
  ruleToApiError,
  textTokens,
  type Dimensions,
  type ImageParams,
  type OutputFormat,
  type RuleError,
} from "./openai-server/models";
import { MIME_BY_KIND, renderImage, sha256, sniffImage } from "./openai-server/images";
import { parseMultipart, type UploadedFile } from "./openai-server/multipart";
import { isObject, validateSchema, type JsonObject } from "./openai-server/spec";
import { chatCompletion, moderationAnswer, responsesAnswer } from "./openai-server/text";
import { ModelCatalog, parseModelChanges, type ModelChange, type ModelEntry } from "./openai-server/catalog";
import { svgUsage, vectorSvg } from "./openai-server/svg";

// ---------------------------------------------------------------------------------------------
// Public API

export const DEFAULT_API_KEY = "sk-test-inkwell";

export interface FakeOpenAIOptions {
  port?: number;
  latencyMs?: number;
  apiKey?: string;
  /** The server's date, `YYYY-MM-DD` (default: today): models whose shutdown date has come answer 404. */
  today?: string;
}

export type Fault =
  | { kind: "rate_limit"; retryAfterSeconds?: number }
  | { kind: "server_error" }
  | { kind: "moderation_blocked"; categories?: string[] }
  | { kind: "invalid_key" }
  | { kind: "forbidden" }
  | { kind: "slow"; delayMs: number }
  | { kind: "malformed" }
  | { kind: "url_response" }
  | { kind: "flagged"; categories?: string[] }
  /** The image endpoints answer normally, but the picture is cross-hatched: too busy to color. */
  | { kind: "hatched" };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  /** Parsed JSON, or for multipart an object of fields with files as { filename, contentType, bytes, sha256 }. */
  body: unknown;
  valid: boolean;
  errors: string[];
  at: number;
}

export interface FaultOptions {
  times?: number;
  /** e.g. "/v1/images/generations" ("/images/generations" is accepted too). */
  path?: string;
  match?: (req: RecordedRequest) => boolean;
}

export interface FakeOpenAI {
  /** "http://127.0.0.1:PORT/v1" (baseURL for the SDK). */
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** Highest number of concurrent requests seen on image endpoints. */
  maxInFlight: number;
  inFlight: number;
  fail(fault: Fault, options?: FaultOptions): void;
  setLatency(ms: number): void;
  /** Retires a model (404 `model_not_found`), announces its shutdown, or brings it back. */
  setModel(change: ModelChange): ModelEntry;
  /** Forgets requests, faults and the in-flight maximum, and puts every model back as at start. */
  reset(): void;
  close(): Promise<void>;
}

export const IMAGE_PATHS = ["/v1/images/generations", "/v1/images/edits"] as const;

const FAULT_KINDS = new Set<Fault["kind"]>([
  "rate_limit",
  "server_error",
  "moderation_blocked",
  "invalid_key",
  "forbidden",
  "slow",
  "malformed",
  "url_response",
  "flagged",
  "hatched",
]);

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}

/** Validate an untrusted value (control endpoint, env) as a Fault. Throws with a reason. */
export function parseFault(value: unknown): Fault {
  if (!isObject(value) || typeof value.kind !== "string" || !FAULT_KINDS.has(value.kind as Fault["kind"])) {
    throw new Error(`not a fault: ${JSON.stringify(value)} (kinds: ${[...FAULT_KINDS].join(", ")})`);
  }
  switch (value.kind) {
    case "rate_limit": {
      const r = value.retryAfterSeconds;
      if (r !== undefined && (typeof r !== "number" || r < 0)) throw new Error("rate_limit.retryAfterSeconds must be a number >= 0");
      return r === undefined ? { kind: "rate_limit" } : { kind: "rate_limit", retryAfterSeconds: r };
    }
    case "slow": {
      if (typeof value.delayMs !== "number" || value.delayMs < 0) throw new Error("slow.delayMs must be a number >= 0");
      return { kind: "slow", delayMs: value.delayMs };
    }
    case "moderation_blocked":
    case "flagged": {
      const c = value.categories;
      if (c !== undefined && !isStringArray(c)) throw new Error(`${value.kind}.categories must be an array of strings`);
      return c === undefined ? { kind: value.kind } : { kind: value.kind, categories: c };
    }
    case "server_error":
    case "invalid_key":
    case "forbidden":
    case "malformed":
    case "url_response":
    case "hatched":
      return { kind: value.kind };
    default:
      throw new Error(`unknown fault kind ${String(value.kind)}`);
  }
}

export interface FaultSpec {
  fault: Fault;
  times?: number;
  path?: string;
}

/** Accepts `{ kind, ..., times?, path? }`, `{ fault, times?, path? }`, or an array of those. */
export function parseFaultSpecs(value: unknown): FaultSpec[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((entry) => {
    if (!isObject(entry)) throw new Error(`not a fault: ${JSON.stringify(entry)}`);
    const fault = parseFault(isObject(entry.fault) ? entry.fault : entry);
    const times = entry.times;
    const path = entry.path;
    if (times !== undefined && times !== null && typeof times !== "number") throw new Error("times must be a number");
    if (path !== undefined && path !== null && typeof path !== "string") throw new Error("path must be a string");
    const spec: FaultSpec = { fault };
    if (typeof times === "number") spec.times = times;
    if (typeof path === "string") spec.path = path;
    return spec;
  });
}

// ---------------------------------------------------------------------------------------------
// Internals

interface QueuedFault {
  fault: Fault;
  remaining: number;
  path?: string;
  match?: (req: RecordedRequest) => boolean;
}

interface Ctx {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  url: URL;
  signal: AbortSignal;
  requestId: string;
  started: number;
}

interface StoredFile {
  bytes: Buffer;
  contentType: string;
}

const MAX_BODY_BYTES = 120 * 1024 * 1024;
const MAX_IMAGE_BYTES = 50 * 1024 * 1024;
const MAX_MASK_BYTES = 4 * 1024 * 1024;

function normalizePath(path: string): string {
  const p = path.startsWith("/") ? path : `/${path}`;
  return p.startsWith("/v1/") || p === "/v1" ? p : `/v1${p}`;
}

/** Where a fault applies when no `path` is given. */
function defaultScope(fault: Fault, path: string): boolean {
  if (fault.kind === "flagged") return path === "/v1/moderations";
  if (fault.kind === "moderation_blocked" || fault.kind === "url_response" || fault.kind === "hatched") {
    return (IMAGE_PATHS as readonly string[]).includes(path);
  }
  return true;
}

function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (ms <= 0) return Promise.resolve(!signal.aborted);
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve(false);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

async function readBody(req: http.IncomingMessage): Promise<Buffer | "too_large" | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      size += buf.length;
      if (size > MAX_BODY_BYTES) return "too_large";
      chunks.push(buf);
    }
  } catch {
    return undefined;
  }
  return Buffer.concat(chunks);
}

function headerRecord(req: http.IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    out[key.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

function jsonPointerToParam(pointer: string): string {
  return pointer
    .split("/")
    .filter((p) => p !== "")
    .map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`))
    .join("");
}

/** Turn ajv errors into an OpenAI-style 400 whose message lists the schema errors. */
function schemaProblem(raw: ErrorObject[], errors: string[]): RuleError {
  const listed = errors.slice(0, 12).join("; ") + (errors.length > 12 ? `; … (${errors.length - 12} more)` : "");
  const required = raw.find((e) => e.keyword === "required" && e.instancePath === "");
  const first = required ?? raw[0];
  const params: Record<string, unknown> = first ? first.params : {};
  if (first && first.keyword === "required" && typeof params.missingProperty === "string") {
    const param = jsonPointerToParam(`${first.instancePath}/${params.missingProperty}`);
    return { status: 400, message: `Missing required parameter: '${param}'. Schema errors: ${listed}`, param, code: "missing_required_parameter" };
  }
  const param = first ? jsonPointerToParam(first.instancePath) || null : null;
  if (first && first.keyword === "enum") {
    return { status: 400, message: `Invalid value for '${param ?? "body"}'. Schema errors: ${listed}`, param, code: "invalid_value" };
  }
  if (first && first.keyword === "type") {
    return { status: 400, message: `Invalid type for '${param ?? "body"}'. Schema errors: ${listed}`, param, code: "invalid_type" };
  }
  return { status: 400, message: `Invalid request body. Schema errors: ${listed}`, param, code: "invalid_request_body" };
}

function describeRule(rule: RuleError): string {
  return rule.param ? `${rule.param}: ${rule.message}` : rule.message;
}

interface Validation {
  problems: RuleError[];
  errors: string[];
}

function emptyValidation(): Validation {
  return { problems: [], errors: [] };
}

function addSchema(v: Validation, schemaName: string, data: unknown): void {
  const result = validateSchema(schemaName, data);
  if (!result.valid) {
    v.problems.push(schemaProblem(result.raw, result.errors));
    v.errors.push(...result.errors.map((e) => `${schemaName}: ${e}`));
  }
}

function addRules(v: Validation, rules: RuleError[]): void {
  for (const rule of rules) {
    v.problems.push(rule);
    v.errors.push(describeRule(rule));
  }
}

interface EditInputs {
  dims: Dimensions[];
}

/** A markup drawing: a PNG with alpha, the first image's size, with transparent pixels (where nothing is drawn). */
async function checkMarkup(markup: UploadedFile | undefined, first: Dimensions | undefined, v: Validation): Promise<void> {
  if (!markup) return;
  const bad = (message: string): void => addRules(v, [{ status: 400, message, param: "markup", code: "invalid_image_format" }]);
  if (sniffImage(markup.bytes) !== "png") return bad("Invalid markup image - markup must be a PNG file.");
  try {
    const image = sharp(markup.bytes);
    const meta = await image.metadata();
    if (!meta.hasAlpha) return bad("Invalid markup image - markup must have an alpha channel.");
    if (first && (meta.width !== first.width || meta.height !== first.height)) return bad("Invalid markup image - markup size does not match image size.");
    if (((await image.stats()).channels[3]?.min ?? 255) === 255) bad("Invalid markup image - markup must contain transparent pixels.");
  } catch {
    bad("Invalid markup image - the markup could not be decoded as a PNG.");
  }
}

async function checkEditUploads(files: Map<string, UploadedFile[]>, v: Validation, _model: string): Promise<EditInputs> {
  const images = files.get("image") ?? [];
  const dims: Dimensions[] = [];
  const supported = ["image/png", "image/jpeg", "image/jpg", "image/webp"];
  for (const [i, file] of images.entries()) {
    const contentType = file.contentType.split(";")[0]?.trim().toLowerCase() ?? "";
    if (!supported.includes(contentType)) {
      addRules(v, [{
        status: 400,
        message: `Invalid file 'image': unsupported mimetype ('${file.contentType}'). Supported file formats are 'image/jpeg', 'image/png', and 'image/webp'.`,
        param: "image",
        code: "unsupported_file_mimetype",
      }]);
      continue;
    }
    if (file.bytes.length > MAX_IMAGE_BYTES) {
      addRules(v, [{ status: 400, message: `Image ${i + 1} is larger than 50MB.`, param: "image", code: "image_too_large" }]);
      continue;
    }
    const kind = sniffImage(file.bytes);
    if (!kind) {
      addRules(v, [{
        status: 400,
        message: `Invalid image file or mode for image ${i + 1}, please check your image file. (Not a PNG, JPEG or WebP by its magic bytes.)`,
        param: "image",
        code: "invalid_image_file",
      }]);
      continue;
    }
    try {
      const meta = await sharp(file.bytes, { limitInputPixels: 100_000_000 }).metadata();
      if (!meta.width || !meta.height) throw new Error("no dimensions");
      dims.push({ width: meta.width, height: meta.height });
    } catch {
      addRules(v, [{ status: 400, message: `Invalid image file or mode for image ${i + 1}, please check your image file.`, param: "image", code: "invalid_image_file" }]);
    }
  }
  const masks = files.get("mask") ?? [];
  const mask = masks[0];
  if (masks.length > 1) {
    addRules(v, [{ status: 400, message: "Only one 'mask' may be provided.", param: "mask", code: "invalid_value" }]);
  }
  if (mask) {
    const bad = (message: string): void => addRules(v, [{ status: 400, message, param: "mask", code: "invalid_image_format" }]);
    if (mask.bytes.length > MAX_MASK_BYTES) bad("Invalid mask image format - mask must be less than 4MB.");
    else if (sniffImage(mask.bytes) !== "png") bad("Invalid mask image format - mask must be a PNG file.");
    else {
      try {
        const meta = await sharp(mask.bytes).metadata();
        const first = dims[0];
        if (!meta.hasAlpha) bad("Invalid mask image format - mask must have an alpha channel (fully transparent where the image should be edited).");
        else if (first && (meta.width !== first.width || meta.height !== first.height)) {
          bad(`Invalid mask image format - mask size (${meta.width ?? 0}x${meta.height ?? 0}) does not match image size (${first.width}x${first.height}).`);
        }
      } catch {
        bad("Invalid mask image format - the mask could not be decoded as a PNG.");
      }
    }
  }
  await checkMarkup(files.get("markup")?.[0], dims[0], v);
  return { dims };
}

const MALFORMED_JSON = '{"created": 1767225600, "data": [{"b64_json": "iVBORw0KGgoAAAANSUhEUgAAA';

class FakeServer {
  readonly requests: RecordedRequest[] = [];
  inFlight = 0;
  maxInFlight = 0;
  latencyMs: number;
  readonly apiKey: string;
  private faults: QueuedFault[] = [];
  private readonly files = new Map<string, StoredFile>();
  readonly catalog: ModelCatalog;
  private readonly closing = new AbortController();
  private readonly server: http.Server;
  port = 0;

  constructor(options: FakeOpenAIOptions) {
    this.latencyMs = Math.max(0, options.latencyMs ?? 0);
    this.apiKey = options.apiKey ?? DEFAULT_API_KEY;
    this.catalog = new ModelCatalog(options.today ?? new Date().toISOString().slice(0, 10));
    this.server = http.createServer((req, res) => {
      void this.dispatch(req, res);
    });
    this.server.on("clientError", (_err, socket) => {
      socket.destroy();
    });
  }

  listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const onError = (err: Error): void => reject(err);
      this.server.once("error", onError);
      this.server.listen(port, "127.0.0.1", () => {
        this.server.off("error", onError);
        this.port = (this.server.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  fail(fault: Fault, options: FaultOptions = {}): void {
    const checked = parseFault(fault);
    const times = options.times ?? 1;
    if (!(times > 0)) return;
    const queued: QueuedFault = { fault: checked, remaining: times };
    if (options.path) queued.path = normalizePath(options.path);
    if (options.match) queued.match = options.match;
    this.faults.push(queued);
  }

  reset(): void {
    this.requests.length = 0;
    this.faults = [];
    this.maxInFlight = this.inFlight;
    this.files.clear();
    this.catalog.reset();
  }

  close(): Promise<void> {
    this.closing.abort();
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private takeFault(record: RecordedRequest): Fault | undefined {
    for (const [index, queued] of this.faults.entries()) {
      const pathOk = queued.path ? queued.path === record.path : defaultScope(queued.fault, record.path);
      if (!pathOk) continue;
      if (queued.match) {
        let ok = false;
        try {
          ok = queued.match(record);
        } catch {
          ok = false;
        }
        if (!ok) continue;
      }
      queued.remaining -= 1;
      if (queued.remaining <= 0) this.faults.splice(index, 1);
      return queued.fault;
    }
    return undefined;
  }

  // -------------------------------------------------------------------------------------------

  private async dispatch(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.origin);
    const controller = new AbortController();
    const onClosing = (): void => controller.abort();
    this.closing.signal.addEventListener("abort", onClosing, { once: true });
    res.on("close", () => {
      this.closing.signal.removeEventListener("abort", onClosing);
      if (!res.writableFinished) controller.abort();
    });
    const ctx: Ctx = {
      req,
      res,
      url,
      signal: controller.signal,
      requestId: `req_${randomBytes(16).toString("hex")}`,
      started: Date.now(),
    };
    try {
      if (url.pathname.startsWith("/__control/")) await this.control(ctx);
      else if (req.method === "GET" && url.pathname.startsWith("/files/")) this.serveFile(ctx);
      else if (url.pathname === "/v1" || url.pathname.startsWith("/v1/")) await this.api(ctx);
      else this.sendError(ctx, apiError(404, `Invalid URL (${req.method ?? "GET"} ${url.pathname})`));
    } catch (err) {
      if (!res.headersSent && !res.destroyed) {
        const e = serverError();
        e.body.error.message += ` (fake server: ${err instanceof Error ? err.message : String(err)})`;
        this.sendError(ctx, e);
      } else if (!res.destroyed) {
        res.destroy();
      }
    }
  }

  private baseHeaders(ctx: Ctx): Record<string, string> {
    return {
      "x-request-id": ctx.requestId,
      "openai-version": "2020-10-01",
      "openai-organization": "inkwell-test",
      "openai-processing-ms": String(Date.now() - ctx.started),
    };
  }

  private sendJson(ctx: Ctx, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const { res } = ctx;
    if (res.destroyed || res.headersSent) return;
    const payload = JSON.stringify(body);
    res.writeHead(status, {
      ...this.baseHeaders(ctx),
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(payload)),
      ...headers,
    });
    res.end(payload);
  }

  private sendError(ctx: Ctx, error: ApiError): void {
    this.sendJson(ctx, error.status, error.body, error.headers);
  }

  private startSse(ctx: Ctx): boolean {
    const { res } = ctx;
    if (res.destroyed || res.headersSent) return false;
    res.writeHead(200, {
      ...this.baseHeaders(ctx),
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
      connection: "keep-alive",
    });
    res.flushHeaders();
    return true;
  }

  private writeSse(ctx: Ctx, data: string, event?: string): boolean {
    const { res } = ctx;
    if (res.destroyed || ctx.signal.aborted) return false;
    res.write(`${event ? `event: ${event}\n` : ""}data: ${data}\n\n`);
    return true;
  }

  // -------------------------------------------------------------------------------------------

  private async control(ctx: Ctx): Promise<void> {
    const { req, url } = ctx;
    const route = `${req.method ?? "GET"} ${url.pathname}`;
    if (route === "GET /__control/requests") {
      this.sendJson(ctx, 200, { requests: this.requests, inFlight: this.inFlight, maxInFlight: this.maxInFlight });
      return;
    }
    if (route === "GET /__control/in-flight") {
      this.sendJson(ctx, 200, { inFlight: this.inFlight, maxInFlight: this.maxInFlight });
      return;
    }
    if (route === "POST /__control/models") {
      const raw = await readBody(req);
      try {
        const changes = parseModelChanges(Buffer.isBuffer(raw) ? JSON.parse(raw.toString("utf8")) : undefined);
        const models = changes.map((change) => ({ id: change.id, ...this.catalog.change(change) }));
        this.sendJson(ctx, 200, { ok: true, models });
      } catch (err) {
        this.sendError(ctx, apiError(400, err instanceof Error ? err.message : String(err)));
      }
      return;
    }
    if (route === "POST /__control/reset") {
      await readBody(req);
      this.reset();
      this.sendJson(ctx, 200, { ok: true });
      return;
    }
    if (route === "POST /__control/fail" || route === "POST /__control/latency") {
      const raw = await readBody(req);
      let parsed: unknown;
      try {
        parsed = Buffer.isBuffer(raw) ? JSON.parse(raw.toString("utf8")) : undefined;
      } catch {
        parsed = undefined;
      }
      try {
        if (route === "POST /__control/latency") {
          const ms = isObject(parsed) ? parsed.ms : undefined;
          if (typeof ms !== "number" || ms < 0) throw new Error("expected { ms: number >= 0 }");
          this.latencyMs = ms;
          this.sendJson(ctx, 200, { ok: true, latencyMs: ms });
          return;
        }
        const specs = parseFaultSpecs(parsed);
        for (const spec of specs) {
          const options: FaultOptions = {};
          if (spec.times !== undefined) options.times = spec.times;
          if (spec.path !== undefined) options.path = spec.path;
          this.fail(spec.fault, options);
        }
        this.sendJson(ctx, 200, { ok: true, queued: specs.length });
      } catch (err) {
        this.sendError(ctx, apiError(400, err instanceof Error ? err.message : String(err)));
      }
      return;
    }
    this.sendError(ctx, apiError(404, `Unknown control route ${route}`));
  }

  private serveFile(ctx: Ctx): void {
    const m = /^\/files\/([A-Za-z0-9_-]+)\.(png|jpeg|jpg|webp)$/.exec(ctx.url.pathname);
    const file = m && m[1] ? this.files.get(m[1]) : undefined;
    if (!file) {
      this.sendError(ctx, apiError(404, `No such file: ${ctx.url.pathname}`));
      return;
    }
    ctx.res.writeHead(200, { "content-type": file.contentType, "content-length": String(file.bytes.length) });
    ctx.res.end(file.bytes);
  }

  // -------------------------------------------------------------------------------------------

  private async api(ctx: Ctx): Promise<void> {
    const { req, res, url } = ctx;
    const method = req.method ?? "GET";
    const path = url.pathname.replace(/\/+$/, "");
    const isImage = method === "POST" && (IMAGE_PATHS as readonly string[]).includes(path);
    if (isImage) {
      this.inFlight += 1;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      let done = false;
      res.on("close", () => {
        if (!done) {
          done = true;
          this.inFlight -= 1;
        }
      });
    }

    const raw = await readBody(req);
    if (raw === undefined || ctx.signal.aborted) return;
    const record: RecordedRequest = {
      method,
      path,
      headers: headerRecord(req),
      body: undefined,
      valid: true,
      errors: [],
      at: Date.now(),
    };
    this.requests.push(record);
    if (raw === "too_large") {
      record.valid = false;
      record.errors.push("request body too large");
      this.sendError(ctx, apiError(413, "Request body too large.", { code: "request_too_large" }));
      return;
    }

    const contentType = (req.headers["content-type"] ?? "").toLowerCase();
    const v = emptyValidation();
    let json: JsonObject | undefined;
    let uploads: Map<string, UploadedFile[]> | undefined;
    let unparsable = false;

    const route = `${method} ${path}`;
    const known = [
      "POST /v1/images/generations",
      "POST /v1/images/edits",
      "POST /v1/chat/completions",
      "POST /v1/responses",
      "POST /v1/moderations",
      "GET /v1/models",
    ];
    const modelMatch = method === "GET" ? /^\/v1\/models\/([^/]+)$/.exec(path) : null;

    if (route === "POST /v1/images/edits" && contentType.startsWith("multipart/form-data")) {
      try {
        const form = await parseMultipart(raw, req.headers["content-type"] ?? "", "CreateImageEditRequest");
        record.body = form.forRecord;
        json = form.forValidation;
        uploads = form.files;
      } catch (err) {
        unparsable = true;
        record.errors.push(`multipart body could not be parsed: ${err instanceof Error ? err.message : String(err)}`);
      }
    } else if (method === "POST") {
      try {
        const parsed: unknown = raw.length === 0 ? undefined : JSON.parse(raw.toString("utf8"));
        record.body = parsed;
        if (isObject(parsed)) json = parsed;
        else {
          unparsable = true;
          record.errors.push("body must be a JSON object");
        }
      } catch {
        unparsable = true;
        record.body = raw.toString("utf8").slice(0, 2000);
        record.errors.push("body is not valid JSON");
      }
    }

    if (!known.includes(route) && !modelMatch) {
      record.valid = false;
      record.errors.push(`unknown endpoint ${route}`);
      this.sendError(ctx, apiError(404, `Invalid URL (${route})`));
      return;
    }

    // --- validation (recorded; answered after auth and faults)
    let editInputs: EditInputs | undefined;
    if (unparsable) {
      v.problems.push({
        status: 400,
        message:
          "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)",
        param: null,
        code: null,
      });
    } else if (json) {
      switch (route) {
        case "POST /v1/images/generations":
          addSchema(v, "CreateImageRequest", json);
          addRules(v, checkImageRules(json as ImageParams, "generation", (m) => this.catalog.isRetired(m)));
          break;
        case "POST /v1/images/edits":
          if (uploads) {
            addSchema(v, "CreateImageEditRequest", json);
            addRules(v, checkImageRules(json as ImageParams, "edit", (m) => this.catalog.isRetired(m)));
            editInputs = await checkEditUploads(uploads, v, typeof json.model === "string" ? json.model : "");
          } else {
            addSchema(v, "EditImageBodyJsonParam", json);
            addRules(v, checkImageRules(json as ImageParams, "edit", (m) => this.catalog.isRetired(m)));
          }
          break;
        case "POST /v1/chat/completions":
          addSchema(v, "CreateChatCompletionRequest", json);
          break;
        case "POST /v1/responses":
          addSchema(v, "CreateResponse", json);
          break;
        case "POST /v1/moderations":
          addSchema(v, "CreateModerationRequest", json);
          break;
        default:
          break;
      }
    }
    record.errors.push(...v.errors);
    record.valid = record.errors.length === 0;
    if (ctx.signal.aborted) return;

    // --- auth
    const auth = req.headers.authorization ?? "";
    const bearer = /^Bearer\s+(.+)$/i.exec(auth)?.[1]?.trim();
    if (bearer !== this.apiKey) {
      record.valid = false;
      record.errors.push(bearer ? "incorrect API key" : "missing API key");
      this.sendError(ctx, bearer ? invalidKeyError(bearer) : missingKeyError());
      return;
    }

    // --- faults
    const fault = this.takeFault(record);
    const model = json && typeof json.model === "string" && json.model !== "" ? json.model : isImage ? "gpt-image-1" : "this model";
    const streaming = json?.stream === true;
    if (fault) {
      switch (fault.kind) {
        case "rate_limit":
          this.sendError(ctx, rateLimitError(model, fault.retryAfterSeconds ?? 1, isImage));
          return;
        case "server_error":
          this.sendError(ctx, serverError());
          return;
        case "invalid_key":
          this.sendError(ctx, invalidKeyError(bearer ?? ""));
          return;
        case "forbidden":
          this.sendError(ctx, forbiddenError(model));
          return;
        case "malformed":
          if (streaming && this.startSse(ctx)) {
            const event = path.endsWith("/edits") ? "image_edit.partial_image" : "image_generation.partial_image";
            this.writeSse(ctx, '{"type": "image_gen', path.startsWith("/v1/images") ? event : undefined);
            res.end();
          } else if (!res.destroyed) {
            res.writeHead(200, { ...this.baseHeaders(ctx), "content-type": "application/json" });
            res.end(MALFORMED_JSON);
          }
          return;
        case "slow":
          if (!(await sleep(fault.delayMs, ctx.signal))) return;
          break;
        case "moderation_blocked":
          if (v.problems.length === 0) {
            this.sendError(ctx, moderationBlockedError(ctx.requestId, fault.categories ?? ["sexual"]));
            return;
          }
          break;
        default:
          break;
      }
    }

    const problem = v.problems[0];
    if (problem) {
      this.sendError(ctx, ruleToApiError(problem));
      return;
    }
    if (!json && method === "POST") {
      this.sendError(ctx, apiError(400, "Missing request body."));
      return;
    }

    switch (route) {
      case "POST /v1/images/generations":
      case "POST /v1/images/edits":
        await this.answerImages(ctx, json ?? {}, uploads, editInputs, fault);
        return;
      case "POST /v1/chat/completions": {
        const answer = chatCompletion(json ?? {});
        if (answer.chunks) {
          if (!this.startSse(ctx)) return;
          for (const chunk of answer.chunks) this.writeSse(ctx, JSON.stringify(chunk));
          this.writeSse(ctx, "[DONE]");
          res.end();
        } else {
          this.sendJson(ctx, 200, answer.body);
        }
        return;
      }
      case "POST /v1/responses":
        if (json?.stream === true) {
          this.sendError(ctx, apiError(400, "The Inkwell fake server does not stream /v1/responses.", { param: "stream", code: "unsupported_value" }));
          return;
        }
        this.sendJson(ctx, 200, responsesAnswer(json ?? {}));
        return;
      case "POST /v1/moderations":
        this.sendJson(ctx, 200, moderationAnswer(json ?? {}, fault?.kind === "flagged" ? (fault.categories ?? ["violence"]) : undefined));
        return;
      case "GET /v1/models":
        this.sendJson(ctx, 200, this.catalog.list());
        return;
      default: {
        const id = modelMatch?.[1] ? decodeURIComponent(modelMatch[1]) : "";
        const model = this.catalog.modelObject(id);
        if (model) this.sendJson(ctx, 200, model);
        else this.sendError(ctx, apiError(404, `The model '${id}' does not exist`, { param: "model", code: "model_not_found" }));
      }
    }
  }

  private async answerImages(
    ctx: Ctx,
    params: JsonObject,
    uploads: Map<string, UploadedFile[]> | undefined,
    editInputs: EditInputs | undefined,
    fault: Fault | undefined,
  ): Promise<void> {
    const isEdit = ctx.url.pathname.startsWith("/v1/images/edits");
    const prompt = typeof params.prompt === "string" ? params.prompt : "";
    const dims = resolveSize(typeof params.size === "string" ? params.size : undefined);
    const sizeText = `${dims.width}x${dims.height}`;
    // xhigh and max echo as asked; their output costs 2× and 4× high (Inkwell's table assumes the same).
    const asked = typeof params.quality === "string" ? params.quality : undefined;
    const quality = asked === "xhigh" || asked === "max" ? asked : resolveQuality(asked);
    const tier = quality === "xhigh" || quality === "max" ? "high" : quality;
    const tierFactor = quality === "xhigh" ? 2 : quality === "max" ? 4 : 1;
    const format: OutputFormat =
      params.output_format === "jpeg" || params.output_format === "webp" ? params.output_format : "png";
    const transparent = params.background === "transparent";
    const background = transparent ? "transparent" : "opaque";
    const n = typeof params.n === "number" && params.n >= 1 ? Math.floor(params.n) : 1;
    const partials = typeof params.partial_images === "number" ? Math.max(0, Math.min(3, Math.floor(params.partial_images))) : 0;
    const stream = params.stream === true;

    const firstImage = uploads?.get("image")?.[0];
    const seedBase = `${prompt}|${firstImage ? firstImage.sha256 : ""}`;
    const seeds = Array.from({ length: n }, (_, i) => sha256(`${seedBase}#${i}`));
    const fidelity = params.input_fidelity === "high" ? "high" : "low";
    const imageTokens = isEdit
      ? (editInputs?.dims ?? []).reduce((sum, d) => sum + inputImageTokens(d, fidelity), 0) ||
        (Array.isArray(params.images) ? params.images.length * inputImageTokens({ width: 1024, height: 1024 }, fidelity) : 0)
      : 0;
    const promptTokens = textTokens(prompt);
    const perImageOutput = outputTokens(dims, tier) * tierFactor;
    const usageFor = (images: number): JsonObject => ({
      input_tokens: promptTokens + imageTokens,
      input_tokens_details: { text_tokens: promptTokens, image_tokens: imageTokens },
      output_tokens: perImageOutput * images,
      total_tokens: promptTokens + imageTokens + perImageOutput * images,
    });
    const render = (seed: string, partial?: { index: number; of: number }): Promise<Buffer> => {
      const options: Parameters<typeof renderImage>[0] = { width: dims.width, height: dims.height, seed, format, transparent, hatched: fault?.kind === "hatched" };
      if (partial) options.partial = partial;
      return renderImage(options);
    };

    if (params.output_format === "svg") {
      if (!(await sleep(this.latencyMs, ctx.signal))) return;
      const svg = vectorSvg(dims.width, dims.height, seeds[0] ?? sha256(seedBase));
      const svgModel = isObject(params.svg) && typeof params.svg.model === "string" ? params.svg.model : "gpt-5.6-sol";
      const usage = usageFor(1);
      usage.output_tokens_details = { image_tokens: perImageOutput, text_tokens: 0 };
      this.sendJson(ctx, 200, {
        created: Math.floor(Date.now() / 1000),
        background,
        data: [{ b64_json: Buffer.from(svg, "utf8").toString("base64") }],
        output_format: "svg",
        quality,
        size: sizeText,
        usage,
        svg_usage: svgUsage(prompt, svgModel),
      });
      return;
    }

    if (!stream) {
      const [buffers] = await Promise.all([Promise.all(seeds.map((s) => render(s))), sleep(this.latencyMs, ctx.signal)]);
      if (ctx.signal.aborted) return;
      const data = buffers.map((bytes) => {
        if (fault?.kind === "url_response") {
          const id = `img_${randomBytes(12).toString("hex")}`;
          this.files.set(id, { bytes, contentType: MIME_BY_KIND[format] });
          return { url: `${this.origin}/files/${id}.${format}` };
        }
        return { b64_json: bytes.toString("base64") };
      });
      const usage = usageFor(n);
      usage.output_tokens_details = { image_tokens: perImageOutput * n, text_tokens: 0 };
      this.sendJson(ctx, 200, {
        created: Math.floor(Date.now() / 1000),
        background,
        data,
        output_format: format,
        quality,
        size: sizeText,
        usage,
      });
      return;
    }

    // Streaming: partial images then one completed event per image, spread over the latency.
    const prefix = isEdit ? "image_edit" : "image_generation";
    const steps = n * (partials + 1);
    const stepMs = this.latencyMs / steps;
    if (!this.startSse(ctx)) return;
    for (const seed of seeds) {
      for (let index = 0; index < partials; index += 1) {
        const [bytes, ok] = await Promise.all([render(seed, { index, of: partials }), sleep(stepMs, ctx.signal)]);
        if (!ok) return;
        const event = {
          type: `${prefix}.partial_image`,
          b64_json: bytes.toString("base64"),
          created_at: Math.floor(Date.now() / 1000),
          size: sizeText,
          quality,
          background,
          output_format: format,
          partial_image_index: index,
        };
        if (!this.writeSse(ctx, JSON.stringify(event), event.type)) return;
      }
      const [bytes, ok] = await Promise.all([render(seed), sleep(stepMs, ctx.signal)]);
      if (!ok) return;
      const event = {
        type: `${prefix}.completed`,
        b64_json: bytes.toString("base64"),
        created_at: Math.floor(Date.now() / 1000),
        size: sizeText,
        quality,
        background,
        output_format: format,
        usage: usageFor(1),
      };
      if (!this.writeSse(ctx, JSON.stringify(event), event.type)) return;
    }
    ctx.res.end();
  }
}

/** Start the fake OpenAI server on 127.0.0.1 (`port` 0 or omitted: a free port). */
export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const server = new FakeServer(options);
  await server.listen(options.port ?? 0);
  const port = server.port;
  const api: FakeOpenAI = {
    url: `http://127.0.0.1:${port}/v1`,
    port,
    get requests() {
      return server.requests;
    },
    get maxInFlight() {
      return server.maxInFlight;
    },
    get inFlight() {
      return server.inFlight;
    },
    fail: (fault, faultOptions) => server.fail(fault, faultOptions),
    setLatency: (ms) => {
      server.latencyMs = Math.max(0, ms);
    },
    setModel: (change) => server.catalog.change(change),
    reset: () => server.reset(),
    close: () => server.close(),
  };
  return api;
}

export { validateSchema, specPath } from "./openai-server/spec";

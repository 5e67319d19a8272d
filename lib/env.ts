import "server-only";
import { z } from "zod";
import { resolveDatabaseUrl } from "./db/url";
import { DEFAULT_IMAGE_MODEL, DEFAULT_SCENE_MODEL, IMAGE_MODELS } from "./images/models";

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const knownModel = (id: string): boolean => Object.hasOwn(IMAGE_MODELS, id);
const knownModels = `one of ${Object.keys(IMAGE_MODELS).join(", ")}`;
const imageModel = (fallback: string) => z.string().trim().default(fallback).refine(knownModel, `not a known image model; use ${knownModels}`);
/** "a@x.org, B@y.org" → ["a@x.org", "b@y.org"]. */
const emailList = optionalString.transform((v) =>
  (v ?? "")
    .split(",")
    .map((email) => email.trim().toLowerCase())
    .filter(Boolean),
);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optionalString,
  STORAGE_DIR: z.string().trim().default("data/blobs"),
  // "local" keeps blobs in STORAGE_DIR; "s3" uses an S3-compatible bucket (AWS S3, MinIO, R2…).
  STORAGE_DRIVER: optionalString.pipe(z.enum(["local", "s3"]).optional()).transform((v) => v ?? "local"),
  S3_BUCKET: optionalString,
  // AWS region; MinIO and most others accept any value, R2 wants "auto".
  S3_REGION: optionalString.transform((v) => v ?? "us-east-1"),
  // Endpoint of a non-AWS service, e.g. http://minio.internal:9000 (unset for AWS S3).
  S3_ENDPOINT: optionalString.pipe(z.url().optional()),
  // Unset: the SDK's default credential chain (AWS_* variables, instance or task role…).
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  // Path-style URLs (endpoint/bucket/key): needed by MinIO and most self-hosted services.
  S3_FORCE_PATH_STYLE: optionalString
    .transform((v) => v?.toLowerCase())
    .pipe(z.enum(["true", "false", "1", "0"]).optional())
    .transform((v) => v === "true" || v === "1"),
  // Folder inside the bucket for every key, e.g. "inkwell/" (optional).
  S3_PREFIX: optionalString,
  AUTH_SECRET: optionalString,
  // The site's public origin (https://inkwell.example). AUTH_URL is used when APP_URL is unset.
  APP_URL: optionalString.pipe(z.url().optional()),
  AUTH_URL: optionalString.pipe(z.url().optional()),
  // open: anyone may sign up; invite: only with an admin's invitation link; closed: no new accounts.
  SIGNUP_MODE: z.enum(["open", "invite", "closed"]).default("open"),
  ADMIN_EMAILS: emailList,
  // How long an invitation link works, in hours (default 7 days).
  INVITATION_TTL_HOURS: positiveInt(168),
  // Proxies in front of the server whose X-Forwarded-For entries are trusted (0: none, direct clients).
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // Shared store for the limits across servers (redis:// or rediss://); unset: the app database.
  REDIS_URL: optionalString.pipe(z.url().optional()),
  AUTH_GITHUB_ID: optionalString,
  AUTH_GITHUB_SECRET: optionalString,
  AUTH_GOOGLE_ID: optionalString,
  AUTH_GOOGLE_SECRET: optionalString,
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString.pipe(z.url().optional()),
  // Coloring and photo pages, and script scenes: the model each uses unless a request names one.
  OPENAI_IMAGE_MODEL: imageModel(DEFAULT_IMAGE_MODEL),
  OPENAI_SCENE_MODEL: imageModel(DEFAULT_SCENE_MODEL),
  // Comma-separated image models users may choose; unset: every model of the table not shut down.
  OPENAI_ALLOWED_IMAGE_MODELS: optionalString
    .transform((v) => v?.split(",").map((id) => id.trim()).filter(Boolean))
    .refine((ids) => !ids || (ids.length > 0 && ids.every(knownModel)), `a comma-separated list of image models, each ${knownModels}`),
  // The text model that authors SVG output (`svg.model`), for projects with SVG model selection.
  OPENAI_SVG_MODEL: optionalString,
  OPENAI_TEXT_MODEL: z.string().trim().default("gpt-4o-mini"),
  OPENAI_TIMEOUT_MS: positiveInt(300_000),
  OPENAI_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  // One limit for the whole installation (every web server and worker, through Redis or the
  // database): image calls started per minute, and image calls in flight at once.
  OPENAI_IMAGES_PER_MINUTE: positiveInt(50),
  OPENAI_MAX_IN_FLIGHT: positiveInt(6),
  OPENAI_RATE_LIMIT_RECOVERY_SECONDS: z.coerce.number().int().min(1).max(3600).default(20),
  // Partial previews while OpenAI draws (0 turns streaming off; each preview costs ~100 output tokens).
  OPENAI_PARTIAL_IMAGES: z.coerce.number().int().min(0).max(3).default(2),
  IMAGE_ENGINE: z.enum(["openai", "offline"]).optional(),
  JOB_CONCURRENCY: positiveInt(2),
  JOB_CONCURRENCY_PER_USER: positiveInt(2),
  JOB_OPENAI_CONCURRENCY: positiveInt(6),
  JOB_OPENAI_CONCURRENCY_PER_USER: positiveInt(5),
  JOB_MAX_ATTEMPTS: positiveInt(3),
  // "inline" runs jobs inside the web server; "external" leaves them to `npm run worker`.
  JOB_RUNNER: z.enum(["inline", "external"]).default("inline"),
  // A live view's event stream ends after this long; the browser reconnects at once and resumes
  // (Last-Event-ID), so proxies and load balancers never hold one connection for hours.
  FOLLOW_STREAM_SECONDS: positiveInt(300),
  MONTHLY_BUDGET_USD: z.coerce.number().nonnegative().default(20),
  // Cap on the whole installation's paid work per month; unset: no cap beyond each user's budget.
  GLOBAL_MONTHLY_BUDGET_USD: optionalString.transform((v) => (v === undefined ? undefined : Number(v))).pipe(z.number().nonnegative().optional()),
  LIMIT_SIGNIN_FAILURES: positiveInt(5),
  LIMIT_SIGNIN_FAILURES_PER_IP: positiveInt(30),
  LIMIT_SIGNUPS_PER_IP: positiveInt(5),
  LIMIT_TOKENS_PER_HOUR: positiveInt(10),
  LIMIT_API_PER_MINUTE: positiveInt(300),
  LIMIT_API_BURST: z.coerce.number().int().min(0).default(300),
  LIMIT_OPEN_JOBS: positiveInt(320),
  LIMIT_SSE_PER_USER: positiveInt(6),
  PHOTO_MAX_BYTES: positiveInt(20 * 1024 * 1024),
  PHOTO_MAX_PIXELS: positiveInt(40_000_000),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

export type Env = z.infer<typeof schema> & { DATABASE_URL: string; imageEngine: "openai" | "offline" };

let cached: Env | undefined;

/** Reads and validates the environment once; a bad value stops start-up with the variable's name. */
export function getEnv(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  const data = parsed.data;
  if (data.IMAGE_ENGINE === "openai" && !data.OPENAI_API_KEY) {
    throw new Error("Invalid environment configuration:\n  IMAGE_ENGINE=openai needs OPENAI_API_KEY to be set");
  }
  if (data.STORAGE_DRIVER === "s3" && !data.S3_BUCKET) {
    throw new Error("Invalid environment configuration:\n  STORAGE_DRIVER=s3 needs S3_BUCKET to be set");
  }
  if (Boolean(data.S3_ACCESS_KEY_ID) !== Boolean(data.S3_SECRET_ACCESS_KEY)) {
    throw new Error("Invalid environment configuration:\n  S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together");
  }
  cached = {
    ...data,
    DATABASE_URL: resolveDatabaseUrl(data.DATABASE_URL),
    imageEngine: data.IMAGE_ENGINE ?? (data.OPENAI_API_KEY ? "openai" : "offline"),
  };
  return cached;
}

/** Tests change the environment between cases; production never calls this. */
export function resetEnvForTests(): void {
  cached = undefined;
}

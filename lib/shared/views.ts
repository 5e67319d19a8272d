// The JSON shapes of the HTTP API, as the server sends them and the pages read them.
import type { PrintCheck } from "./print-check";

/** An image: no storage key, no owner id. */
export interface ImageView {
  id: string;
  kind: string;
  title: string;
  prompt: string;
  revisedPrompt: string | null;
  engine: string;
  model: string;
  options: unknown;
  width: number;
  height: number;
  bytes: number;
  sha256: string;
  usage: { inputTokens: number; outputTokens: number };
  costUsd: number;
  parentId: string | null;
  segmentId: string | null;
  variationType: string | null;
  /** The page's print check (after repair); null for scenes and images made before pages were checked. */
  printCheck: PrintCheck | null;
  createdAt: string;
  fileUrl: string;
  pdfUrl: string;
  /** The vector (SVG) download; null when the image has no vector version. */
  svgUrl: string | null;
}

/** A job: status, progress, outcome and cost. */
export interface JobView {
  id: string;
  kind: string;
  status: string;
  progress: number;
  stage: string | null;
  engine: string;
  model: string;
  imageIds: string[];
  cached: boolean;
  estimatedCostUsd: number;
  costUsd: number;
  error: { code: string; message: string } | null;
  previewUrl: string | null;
  /** The model the job started with, when OpenAI retired it mid-run and the job went on with `model`, its successor. */
  modelSwitchedFrom: string | null;
  attempts: number;
  batchId: string | null;
  segmentId: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** One subject of a batch (a segment), by its latest job. */
export interface BatchJobView {
  jobId: string;
  segmentId: string | null;
  status: string;
  progress: number;
  stage: string | null;
  error: { code: string; message: string } | null;
  imageIds: string[];
  costUsd: number;
}

/** Jobs started together, summed up. */
export interface BatchView {
  id: string;
  scriptId: string | null;
  /** The book whose pages the batch makes, if any. */
  bookId: string | null;
  status: "running" | "finished" | "canceled";
  /** Per subject, by its latest job: a retried segment counts once. */
  counts: { total: number; done: number; failed: number; canceled: number; remaining: number };
  progress: number;
  estimatedCostUsd: number;
  /** What the batch's images cost, retries included. */
  costUsd: number;
  jobs: BatchJobView[];
}

/** A script segment with its images and its latest job. */
export interface SegmentView {
  id: string;
  position: number;
  timestamp: string;
  seconds: number;
  text: string;
  style: string | null;
  imageId: string | null;
  image: ImageView | null;
  /** Every version and variation made for the segment, newest first. */
  images: ImageView[];
  job: JobView | null;
}

/** What `GET /api/follow` answers: the followed jobs and batches, and the ids that no longer exist. */
export interface FollowSnapshot {
  jobs: JobView[];
  batches: BatchView[];
  missing: { jobs: string[]; batches: string[] };
}

/** An account's role. */
export type Role = "admin" | "member";

/** One row of the Admin page. Money in micro-dollars. */
export interface AdminUserView {
  id: string;
  email: string | null;
  name: string | null;
  role: Role;
  /** ADMIN_EMAILS lists the email: the role cannot be changed here. */
  roleFromConfig: boolean;
  disabled: boolean;
  /** The admin's figure, or null for MONTHLY_BUDGET_USD. */
  budgetUsd: number | null;
  /** The budget in force (the user may have lowered theirs). */
  budgetMicroUsd: number;
  ownLimitMicroUsd: number | null;
  spentMicroUsd: number;
  pendingMicroUsd: number;
  createdAt: string;
}

/** The whole installation's spend this month, against GLOBAL_MONTHLY_BUDGET_USD. Micro-dollars. */
export interface InstallationSpend {
  spentMicroUsd: number;
  pendingMicroUsd: number;
  /** GLOBAL_MONTHLY_BUDGET_USD, or null when the installation has no cap. */
  capMicroUsd: number | null;
}

/** An invitation as the Admin page shows it (never its token). */
export interface InvitationView {
  id: string;
  role: Role;
  email: string | null;
  status: "pending" | "used" | "expired";
  expiresAt: string;
  createdAt: string;
}

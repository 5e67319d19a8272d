// Example answers for the document. The tests check each against the schema it illustrates, so an
// example that drifts from its answer fails like a wrong answer would.

const at = "2026-12-01T09:00:00.000Z";

export const exampleJob = {
  id: "cm4job0001",
  kind: "scene",
  status: "succeeded",
  progress: 100,
  stage: null,
  engine: "offline",
  model: "offline",
  modelSwitchedFrom: null,
  imageIds: ["cm4img0001"],
  cached: false,
  estimatedCostUsd: 0,
  costUsd: 0,
  error: null,
  previewUrl: null,
  attempts: 1,
  batchId: null,
  segmentId: null,
  createdAt: at,
  startedAt: at,
  finishedAt: at,
} as const;

export const exampleImage = {
  id: "cm4img0001",
  kind: "scene",
  title: "Coffee beans roasting in a drum",
  prompt: "Coffee beans roasting in a drum, documentary photograph",
  revisedPrompt: null,
  engine: "offline",
  model: "offline",
  options: { aspect: "16:9", style: "documentary" },
  width: 1536,
  height: 864,
  bytes: 48211,
  sha256: "9f2c4e0b7a1d3c5e6f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6",
  usage: { inputTokens: 0, outputTokens: 0 },
  costUsd: 0,
  parentId: null,
  segmentId: null,
  variationType: null,
  createdAt: at,
  fileUrl: "/api/images/cm4img0001/file",
  pdfUrl: "/api/images/cm4img0001/pdf",
  svgUrl: null,
  printCheck: null,
} as const;

export const exampleStarted = { jobId: exampleJob.id, job: { ...exampleJob, status: "queued", progress: 0, imageIds: [], startedAt: null, finishedAt: null } } as const;
export const exampleFinished = { jobId: exampleJob.id, job: exampleJob, images: [exampleImage] } as const;

export const exampleBatch = {
  id: "cm4bat0001",
  scriptId: "cm4scr0001",
  bookId: null,
  status: "finished",
  counts: { total: 1, done: 1, failed: 0, canceled: 0, remaining: 0 },
  progress: 100,
  estimatedCostUsd: 0,
  costUsd: 0,
  jobs: [{ jobId: exampleJob.id, segmentId: "cm4seg0001", status: "succeeded", progress: 100, stage: null, error: null, imageIds: [exampleImage.id], costUsd: 0 }],
} as const;

export const exampleBatchStarted = { batchId: exampleBatch.id, jobIds: [exampleJob.id], estimatedCostUsd: 0 } as const;

const segment = { id: "cm4seg0001", position: 0, timestamp: "0:00", seconds: 0, text: "Coffee beans roasting", style: null } as const;

export const exampleCreatedScript = { id: "cm4scr0001", title: "Roasting", style: "documentary", customStyle: null, aspect: "16:9", segments: [segment] } as const;

export const exampleScript = {
  ...exampleCreatedScript,
  references: [],
  estimate: { engine: "offline", model: "offline", quality: "medium", perImageUsd: 0, totalUsd: 0, segments: 0 },
  segments: [{ ...segment, imageId: exampleImage.id, image: exampleImage, images: [exampleImage], job: exampleJob }],
  batch: exampleBatch,
  costUsd: 0,
  createdAt: at,
  updatedAt: at,
} as const;

export const exampleScriptList = { items: [{ id: "cm4scr0001", title: "Roasting", style: "documentary", aspect: "16:9", segmentCount: 1, illustratedCount: 1, updatedAt: at }] } as const;

const bookImage = { id: "cm4img0002", kind: "coloring", title: "A turtle in the ocean", engine: "offline", width: 2550, height: 3300, fileUrl: "/api/images/cm4img0002/file" } as const;

export const exampleBook = {
  id: "cm4bok0001",
  title: "Ocean animals",
  subtitle: null,
  author: null,
  blurb: null,
  theme: null,
  trim: "8.5x8.5",
  printOnDemand: null,
  blankBacks: true,
  pageNumbers: true,
  frontMatter: { titlePage: true, belongsTo: true, credits: false },
  language: "en",
  coverSeed: 1,
  coverImage: null,
  pages: [{ id: "cm4pag0001", position: 0, imageId: bookImage.id, image: bookImage, crop: { left: 120, top: 150, width: 2310, height: 3000 }, color: false }],
  interior: { pageCount: 4, problems: [] },
  cover: null,
  batches: [],
  createdAt: at,
  updatedAt: at,
} as const;

export const exampleBookList = { items: [{ id: "cm4bok0001", title: "Ocean animals", trim: "8.5x8.5", printOnDemand: false, pageCount: 1, thumbnailUrl: bookImage.fileUrl, updatedAt: at }] } as const;

const change = { segmentId: "cm4seg0001", number: 1, text: "Coffee beans roasting", from: "0:00", to: "0:01", fromSeconds: 0, toSeconds: 1, matchedBy: "order", clip: "Coffee beans roasting" } as const;
export const exampleTiming = { format: "srt", clips: 1, matched: 1, changes: [change], unmatched: [], ignored: [], fingerprint: "3f9a1c" } as const;

const token = { id: "cm4tok0001", name: "laptop", prefix: "ink_ab12", scope: "generate", expiresAt: null, lastUsedAt: null, createdAt: at } as const;
export const exampleTokenList = { items: [token] } as const;

const invitation = { id: "cm4inv0001", role: "member", email: null, status: "pending", expiresAt: at, createdAt: at } as const;
export const exampleInvitationList = { items: [invitation] } as const;
export const exampleInvitation = { ...invitation, link: "https://inkwell.example/sign-up?invite=abc123" } as const;

export const exampleAdminOverview = {
  users: [{ id: "cm4usr0001", email: "ada@example.com", name: "Ada", role: "member", roleFromConfig: false, disabled: false, budgetUsd: null, budgetMicroUsd: 5_000_000, ownLimitMicroUsd: null, spentMicroUsd: 120_000, pendingMicroUsd: 0, createdAt: at }],
  installation: { spentMicroUsd: 120_000, pendingMicroUsd: 0, capMicroUsd: null },
  defaultBudgetMicroUsd: 5_000_000,
} as const;

export const exampleAudit = { items: [{ id: "cm4aud0001", actorId: "cm4usr0000", actorEmail: "admin@example.com", action: "user.budget", targetUserId: "cm4usr0001", targetEmail: "ada@example.com", details: { budgetUsd: 5 }, createdAt: at }] } as const;

export const exampleModels = {
  openai: false,
  defaults: { page: "gpt-image-1", scene: "gpt-image-1" },
  source: "table",
  checkedAt: null,
  models: [
    {
      id: "gpt-image-1",
      label: "GPT Image 1",
      speed: "balanced",
      status: "available",
      shutdownDate: null,
      successor: null,
      replacement: null,
      defaultFor: ["page", "scene"],
      capabilities: { sizing: "fixed", sizes: ["1024x1024", "1024x1536", "1536x1024"], qualities: ["low", "medium", "high", "auto"], complexity: false, streaming: true, edits: { mask: true, markup: false }, maxInputImages: 16, transparency: true, vector: false },
      prices: { textInput: 5, imageInput: 10, imageOutput: 40, checkedOn: "2026-11-01" },
      typicalCostUsd: { page: { low: 0.011, medium: 0.042, high: 0.167 }, scene: { low: 0.016, medium: 0.063, high: 0.25 } },
    },
  ],
} as const;

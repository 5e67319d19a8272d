import type { AgeGroup, Complexity, EngineId, Orientation, Paper, Quality } from "@/lib/shared/options";

export type { EngineId };

/** What an engine can do; the UI and the use cases ask before offering a feature. */
export interface EngineCapabilities {
  /** Prompt edits of an existing image (with an optional mask). */
  edit: boolean;
  /** Partial previews while an image is drawn. */
  partialImages: boolean;
  /** Describing a photo in words (vision). */
  describePhoto: boolean;
  /** Whether calls cost money. */
  paid: boolean;
  /** Vector (SVG) coloring pages. */
  vector: boolean;
}

export interface EngineUsage {
  /** Tokens as reported by the provider (0 for the offline engine). */
  inputTextTokens: number;
  inputImageTokens: number;
  outputTokens: number;
  /** The exact cost in micro-dollars (the SVG author's included). */
  costMicroUsd: number;
  /** Present when the image was authored as SVG. */
  svg?: SvgUsage;
}

export const NO_USAGE: EngineUsage = Object.freeze({ inputTextTokens: 0, inputImageTokens: 0, outputTokens: 0, costMicroUsd: 0 });

/** The SVG author's tokens (`svg_usage`), billed on top of the image; included in `costMicroUsd`. */
export interface SvgUsage {
  model: string;
  inputTokens: number;
  /** Reasoning tokens included. */
  outputTokens: number;
  reasoningTokens: number;
  costMicroUsd: number;
}

/** An image as an engine returns it: raw bytes, before print layout. */
export interface EngineImage {
  /** PNG bytes (for a vector image: its rendering at the image's size). */
  png: Buffer;
  /** A vector image: the SVG document, already stripped of unsafe content (not yet made print-ready). */
  svg?: string;
  width: number;
  height: number;
  model: string;
  revisedPrompt?: string;
  usage: EngineUsage;
}

export interface ColoringPageOptions {
  ageGroup: AgeGroup;
  paper: Paper;
  orientation: Orientation;
  /** A small colored reference in the bottom-right corner. */
  reference: boolean;
  /** The theme as an outlined title at the top of the page. */
  title: boolean;
  quality: Quality;
}

/** Everything needed to draw one coloring page. */
export interface ColoringRequest {
  purpose: "coloring";
  theme: string;
  /** The scene description from `describeTheme`, or the theme itself. */
  scene: string;
  /** The full prompt for an image model (built by lib/images/prompts). */
  prompt: string;
  options: ColoringPageOptions;
  /** Deterministic engines draw the same page for the same seed. */
  seed: number;
  /** Pixel size wanted (the page's printable area for the offline engine). */
  width: number;
  height: number;
  /** Ask for an SVG document (models that support vector output). */
  vector?: boolean;
  complexity?: Complexity;
}

export type SceneStyle = "cinematic" | "documentary" | "cartoon" | "minimalist" | "custom";

/** One illustration for a video script segment. */
export interface SceneRequest {
  purpose: "scene";
  text: string;
  style: SceneStyle;
  customStyle?: string;
  variation?: string;
  prompt: string;
  seed: number;
  width: number;
  height: number;
  quality: Quality;
  /** Reference images (PNG) for consistency, where the engine supports them. */
  references?: Buffer[];
  complexity?: Complexity;
}

export type GenerateRequest = ColoringRequest | SceneRequest;

export interface EditRequest {
  /** PNG of the image to change. */
  image: Buffer;
  /** PNG, same size, transparent where the change goes. */
  mask?: Buffer;
  /** PNG, same size, drawn over the image to show what to change (models that take markup; not with a mask). */
  markup?: Buffer;
  /** Further input images (references), after the first. */
  extraImages?: Buffer[];
  prompt: string;
  width: number;
  height: number;
  quality: Quality;
  /** Keep faces and details of the input (models that support it). */
  highFidelity?: boolean;
  complexity?: Complexity;
}

export interface DescribeThemeRequest {
  theme: string;
  ageGroup: AgeGroup;
}

export interface DescribePhotoRequest {
  /** JPEG or PNG bytes, already stripped of metadata. */
  photo: Buffer;
  ageGroup: AgeGroup;
}

export interface Description {
  text: string;
  usage: EngineUsage;
}

/** A book's scenes to plan in one text-model call: `count` scenes of `theme` starring `character`. */
export interface PlanScenesRequest {
  theme: string;
  count: number;
  character: string;
  ageGroup: AgeGroup;
}

export interface ScenePlan {
  scenes: string[];
  usage: EngineUsage;
}

/** Hooks a job passes to an engine: who asked, cancellation, progress and partial previews. */
export interface EngineContext {
  /** The user the call is made for: the paid engine sends a keyed hash of it, never the id itself. */
  userId?: string;
  signal?: AbortSignal;
  /** Progress of this call, 0–100. */
  onProgress?: (percent: number) => void;
  /** A partial preview (PNG) while the image is drawn. */
  onPartial?: (png: Buffer, index: number) => void | Promise<void>;
}

/** An image engine. Engines throw AppError with `provider:*` or `config:*` codes. */
export interface ImageEngine {
  readonly id: EngineId;
  /** The image model used, as recorded with each image ("offline-composer" for the offline engine). */
  readonly model: string;
  readonly capabilities: EngineCapabilities;
  describeTheme(request: DescribeThemeRequest, context?: EngineContext): Promise<Description>;
  describePhoto(request: DescribePhotoRequest, context?: EngineContext): Promise<Description>;
  generate(request: GenerateRequest, context?: EngineContext): Promise<EngineImage>;
  edit(request: EditRequest, context?: EngineContext): Promise<EngineImage>;
  /** Plans a book's scenes with the text model (engines without one plan offline instead). */
  planScenes?(request: PlanScenesRequest, context?: EngineContext): Promise<ScenePlan>;
  /** Screens a photo or text with the provider's moderation before any paid call (free). */
  moderate?(input: { image?: Buffer; text?: string }, context?: EngineContext): Promise<ModerationResult>;
}

export interface ModerationResult {
  flagged: boolean;
  categories: string[];
}

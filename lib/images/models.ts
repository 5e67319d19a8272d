import type { Complexity, Quality, RenderQuality, SpeedClass } from "@/lib/shared/options";

export { QUALITIES } from "@/lib/shared/options";
export type { Complexity, Quality, RenderQuality, SpeedClass };

/**
 * The one table of OpenAI models Inkwell knows: what each image model accepts, how fast it is,
 * what each token costs, when it shuts down and what replaces it. Prices are US dollars per
 * million tokens. Adding a model is one row here. Client-safe: no server imports.
 *
 * Sources (read 2026-12-01). The contract comes first from the official SDK, `openai` 7.59.0
 * (resources/images.d.ts): model ids; `xhigh`/`max` for the 2.5 family and its snapshots;
 * arbitrary `WxH` sizes for gpt-image-2 and the 2.5 family (the SDK lists only the three
 * standard sizes for 2.6); transparency for the 2.5 family; `markup` "supports GPT Image 2.5";
 * `input_fidelity` for 1.5 and 1 only. Where the SDK does not say which models take a
 * parameter, OpenAI's 2.6 launch (2026-11-04) as reported by docs.apiyi.com
 * (api-capabilities/gpt-image-2/gpt-image-2-6, faq/gpt-image-output-format-background,
 * measured 2026-11-12), apidog.com/blog/gpt-image-2-6-api and docs.comfy.org decides:
 * `complexity` and SVG output arrived with 2.6 ("GPT Image 2.5 / 2 have no gif or svg
 * output"), and 2.6 takes transparent backgrounds. Those write-ups also claim xhigh/max and
 * markup for 2.6; the SDK names only 2.5 for both, so Inkwell does not offer them on 2.6 until
 * the SDK does (a refused parameter costs the user a failed job).
 *
 * Flare or sunburst: the SDK does not say which is which. OpenAI's model pages as cited by
 * theopenco/llmgateway#3985 (developers.openai.com/api/docs/models/gpt-image-2.5-*), the 2.5
 * launch notes on docs.apiyi.com ("Flare is faster, Sunburst is sharper": flare up to 50% lower
 * latency than gpt-image-2; sunburst "OpenAI's most capable image generation and editing
 * model", slower) and the 2.6 notes (flare "drafts in seconds", sunburst "fine texture, small
 * type", steadier across edits) agree: flare is the fast variant, sunburst the detailed one.
 *
 * Prices: $5 text input, $8 image input, $30 image output for both 2.5 and 2.6 variants, the
 * same as gpt-image-2 (llmgateway#3985 citing OpenAI's model pages; apidog's 2.6 guide citing
 * OpenAI's pricing page). OpenAI publishes no per-quality token counts for 2.5/2.6: estimates use
 * gpt-image-2's, and `xhigh`/`max` are extrapolated (2× and 4× `high`) so that budget checks err
 * high. The exact cost of every call always comes from the `usage` OpenAI returns.
 */

export interface ImageModelInfo {
  id: string;
  /** A name for people: "GPT Image 2.6 Flare". */
  label: string;
  speed: SpeedClass;
  /** "fixed": only the sizes listed; "flexible": any WxH within the limits below. */
  sizing: "fixed" | "flexible";
  sizes: readonly string[];
  /** For flexible sizing: every side a multiple of this, and these bounds. */
  flexible?: { multiple: number; maxSide: number; maxPixels: number; minPixels: number; maxAspect: number };
  /** Every `quality` the model accepts, `auto` included. */
  qualities: readonly Quality[];
  /** The quality an estimate assumes for `auto` (the model picks; the cost comes from usage). */
  autoEstimate: RenderQuality;
  /** Whether `complexity` (planning effort, independent of quality) is accepted. */
  complexity: boolean;
  transparency: boolean;
  streaming: boolean;
  /** What the edit endpoint accepts with this model: a mask, a markup overlay (never both at once). */
  edits: { mask: boolean; markup: boolean } | null;
  /** Whether `input_fidelity` is accepted on edits. */
  inputFidelity: boolean;
  maxInputImages: number;
  /** `output_format: "svg"` (generations only, n = 1, no streaming). */
  svg: boolean;
  /** Output tokens per 1024×1024 image at each quality, used for estimates before a call. */
  outputTokensPerMegapixel: Partial<Record<RenderQuality, number>>;
  prices: { textInput: number; imageInput: number; imageOutput: number; checkedOn: string };
  /** The model that replaces this one when it is retired or missing (followed as a chain). */
  successor: string | null;
  /** ISO date of an announced shutdown (the provider's `shutdown_date` wins when known). */
  shutdownOn: string | null;
  /** For photo redraws: edit the photo itself, or generate from a description of it. */
  photoRedraw: "edit" | "generate";
}

const CHECKED_ON = "2026-12-01";
const STANDARD_SIZES = ["1024x1024", "1536x1024", "1024x1536"] as const;
const FLEXIBLE = { multiple: 16, maxSide: 3840, maxPixels: 8_294_400, minPixels: 655_360, maxAspect: 3 };
const FLEXIBLE_SIZES = [...STANDARD_SIZES, "2048x2048", "1536x2048", "2048x1536"];
const GPT_IMAGE_1_TOKENS = { low: 272, medium: 1056, high: 4160 };
const GPT_IMAGE_2_TOKENS = { low: 196, medium: 1756, high: 7034 };
const STANDARD_QUALITIES: readonly Quality[] = ["low", "medium", "high", "auto"];
const GPT_IMAGE_2_PRICES = { textInput: 5, imageInput: 8, imageOutput: 30, checkedOn: CHECKED_ON };

type Row = Omit<ImageModelInfo, "id" | "label" | "speed" | "successor" | "shutdownOn">;

const GPT_IMAGE_1_FAMILY: Omit<Row, "prices" | "inputFidelity" | "photoRedraw"> = {
  sizing: "fixed",
  sizes: STANDARD_SIZES,
  qualities: STANDARD_QUALITIES,
  autoEstimate: "high",
  complexity: false,
  transparency: true,
  streaming: true,
  edits: { mask: true, markup: false },
  maxInputImages: 16,
  svg: false,
  outputTokensPerMegapixel: GPT_IMAGE_1_TOKENS,
};

const GPT_IMAGE_2: Row = {
  sizing: "flexible",
  sizes: FLEXIBLE_SIZES,
  flexible: FLEXIBLE,
  qualities: STANDARD_QUALITIES,
  autoEstimate: "high",
  complexity: false,
  transparency: false,
  streaming: true,
  edits: { mask: true, markup: false },
  inputFidelity: false,
  maxInputImages: 16,
  svg: false,
  outputTokensPerMegapixel: GPT_IMAGE_2_TOKENS,
  prices: GPT_IMAGE_2_PRICES,
  photoRedraw: "edit",
};

const GPT_IMAGE_25: Row = {
  ...GPT_IMAGE_2,
  qualities: ["low", "medium", "high", "xhigh", "max", "auto"],
  transparency: true,
  edits: { mask: true, markup: true },
  outputTokensPerMegapixel: { ...GPT_IMAGE_2_TOKENS, xhigh: 2 * GPT_IMAGE_2_TOKENS.high, max: 4 * GPT_IMAGE_2_TOKENS.high },
};

const GPT_IMAGE_26: Row = {
  ...GPT_IMAGE_2,
  sizing: "fixed",
  sizes: STANDARD_SIZES,
  flexible: undefined,
  complexity: true,
  transparency: true,
  svg: true,
};

function row(id: string, label: string, speed: SpeedClass, base: Row, lifecycle: { successor: string | null; shutdownOn?: string }): ImageModelInfo {
  return { ...base, id, label, speed, successor: lifecycle.successor, shutdownOn: lifecycle.shutdownOn ?? null };
}

const ROWS: ImageModelInfo[] = [
  row("gpt-image-2.6-flare", "GPT Image 2.6 Flare", "fast", GPT_IMAGE_26, { successor: null }),
  row("gpt-image-2.6-sunburst", "GPT Image 2.6 Sunburst", "detailed", GPT_IMAGE_26, { successor: null }),
  row("gpt-image-2.5-flare", "GPT Image 2.5 Flare", "fast", GPT_IMAGE_25, { successor: "gpt-image-2.6-flare" }),
  row("gpt-image-2.5-flare-2026-09-08", "GPT Image 2.5 Flare (2026-09-08)", "fast", GPT_IMAGE_25, { successor: "gpt-image-2.5-flare" }),
  row("gpt-image-2.5-sunburst", "GPT Image 2.5 Sunburst", "detailed", GPT_IMAGE_25, { successor: "gpt-image-2.6-sunburst" }),
  row("gpt-image-2.5-sunburst-2026-09-08", "GPT Image 2.5 Sunburst (2026-09-08)", "detailed", GPT_IMAGE_25, { successor: "gpt-image-2.5-sunburst" }),
  row("gpt-image-2", "GPT Image 2", "balanced", GPT_IMAGE_2, { successor: "gpt-image-2.5-sunburst" }),
  row("gpt-image-2-2026-04-21", "GPT Image 2 (2026-04-21)", "balanced", GPT_IMAGE_2, { successor: "gpt-image-2" }),
  row(
    "gpt-image-1.5",
    "GPT Image 1.5",
    "balanced",
    { ...GPT_IMAGE_1_FAMILY, inputFidelity: true, prices: { textInput: 5, imageInput: 8, imageOutput: 32, checkedOn: CHECKED_ON }, photoRedraw: "edit" },
    { successor: "gpt-image-2.5-sunburst", shutdownOn: "2026-12-01" },
  ),
  // ChatGPT's image model in the API; priced like gpt-image-1.5, which it served.
  row(
    "chatgpt-image-latest",
    "ChatGPT Image (latest)",
    "balanced",
    { ...GPT_IMAGE_1_FAMILY, inputFidelity: true, prices: { textInput: 5, imageInput: 8, imageOutput: 32, checkedOn: CHECKED_ON }, photoRedraw: "edit" },
    { successor: "gpt-image-2.6-sunburst", shutdownOn: "2026-12-01" },
  ),
  row(
    "gpt-image-1",
    "GPT Image 1",
    "balanced",
    { ...GPT_IMAGE_1_FAMILY, inputFidelity: true, prices: { textInput: 5, imageInput: 10, imageOutput: 40, checkedOn: CHECKED_ON }, photoRedraw: "edit" },
    { successor: "gpt-image-2.5-sunburst", shutdownOn: "2026-10-23" },
  ),
  row(
    "gpt-image-1-mini",
    "GPT Image 1 mini",
    "fast",
    { ...GPT_IMAGE_1_FAMILY, inputFidelity: false, prices: { textInput: 2, imageInput: 2.5, imageOutput: 8, checkedOn: CHECKED_ON }, photoRedraw: "generate" },
    { successor: "gpt-image-2.5-flare", shutdownOn: "2026-12-01" },
  ),
];

export const IMAGE_MODELS: Readonly<Record<string, ImageModelInfo>> = Object.freeze(Object.fromEntries(ROWS.map((r) => [r.id, r])));

/** Coloring and photo pages: simple line art thresholded to black and white, where speed matters more than fine texture. */
export const DEFAULT_IMAGE_MODEL = "gpt-image-2.6-flare";
/** Script scenes: full illustrations, varied and edited across turns, where detail and consistency matter. */
export const DEFAULT_SCENE_MODEL = "gpt-image-2.6-sunburst";

export { DEFAULT_SVG_AUTHOR, SVG_AUTHOR_MODELS, TEXT_MODELS, TYPICAL_SVG_USAGE, textModelOrThrow, type TextModelInfo } from "./text-models";

/** The model's row, or an error naming the variable to fix. */
export function imageModelOrThrow(id: string, variable = "OPENAI_IMAGE_MODEL"): ImageModelInfo {
  const info = IMAGE_MODELS[id];
  if (!info) {
    throw new Error(`${variable}=${id} is not a known image model; use one of ${Object.keys(IMAGE_MODELS).join(", ")}`);
  }
  return info;
}

/** The day a date-only `YYYY-MM-DD` shutdown takes effect, as UTC midnight. */
export function shutdownInstant(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** A warning for models whose shutdown is announced in the table, or null. */
export function shutdownWarning(id: string, today: Date = new Date(), shutdownOn: string | null = IMAGE_MODELS[id]?.shutdownOn ?? null): string | null {
  if (!shutdownOn) return null;
  const verb = today >= shutdownInstant(shutdownOn) ? "was shut down" : "is announced for shutdown";
  const successor = IMAGE_MODELS[id]?.successor;
  return `${id} ${verb} on ${shutdownOn}${successor ? `; Inkwell uses ${successor} in its place` : ""}.`;
}

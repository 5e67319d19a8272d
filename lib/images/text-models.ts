/**
 * The text models Inkwell calls: to expand a theme, describe a photo, and author SVG output.
 * Prices are US dollars per million tokens.
 */
export interface TextModelInfo {
  id: string;
  vision: boolean;
  prices: { input: number; output: number };
}

export const TEXT_MODELS: Record<string, TextModelInfo> = {
  "gpt-4o-mini": { id: "gpt-4o-mini", vision: true, prices: { input: 0.15, output: 0.6 } },
  "gpt-4.1-mini": { id: "gpt-4.1-mini", vision: true, prices: { input: 0.4, output: 1.6 } },
  "gpt-4.1-nano": { id: "gpt-4.1-nano", vision: true, prices: { input: 0.1, output: 0.4 } },
  "gpt-5-mini": { id: "gpt-5-mini", vision: true, prices: { input: 0.25, output: 2 } },
};

/**
 * Text models that author SVG output, as `svg_usage.model` names them. Their usage is billed on
 * top of the image; reasoning tokens are part of `output_tokens` (input + output = total). OpenAI
 * does not say which author it uses when `svg.model` is omitted; the 2.6 launch write-ups' examples show
 * gpt-5.6-sol. Its list price ($5 / $30; OpenAI showed a $4 / $20 promotion until at least
 * 2026-11-21) is used, so that estimates and records err high rather than low.
 */
export const SVG_AUTHOR_MODELS: Readonly<Record<string, { input: number; output: number }>> = {
  "gpt-5.6-sol": { input: 5, output: 30 },
  "gpt-4.1-mini": { input: 0.4, output: 1.6 },
};
export const DEFAULT_SVG_AUTHOR = "gpt-5.6-sol";
/** A typical `svg_usage` for one drawing (the example in docs.apiyi.com's 2.6 guide: 1572 in, 1437 out). */
export const TYPICAL_SVG_USAGE = { inputTokens: 1_600, outputTokens: 1_500 };

export function textModelOrThrow(id: string): TextModelInfo {
  const info = TEXT_MODELS[id];
  if (!info) {
    throw new Error(`OPENAI_TEXT_MODEL=${id} is not a known text model; use one of ${Object.keys(TEXT_MODELS).join(", ")}`);
  }
  return info;
}

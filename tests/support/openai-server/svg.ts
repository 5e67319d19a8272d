/**
 * SVG answers (`output_format: "svg"`): the same seeded line art as the PNG answers, authored as a
 * colored vector drawing (fills, a gradient, a title) as a real author model would, so that what
 * Inkwell does to make it print-ready is exercised. Usage figures follow the published
 * example (about 1,600 input and 1,400 output tokens, two thirds of them reasoning).
 */
import { lineArtSvg } from "./images";
import { textTokens } from "./models";

const FILLS = ["#f4b942", "#e4572e", "#76b041", "#17bebb", "#a05195"];

export function vectorSvg(width: number, height: number, seed: string): string {
  const art = lineArtSvg({ width, height, seed });
  let index = 0;
  // Each shape gets a fill color in turn; the outline stays dark grey.
  const colored = art
    .replace(/<g fill="none" stroke="#000"/, '<g stroke="#222222"')
    .replace(/<(rect|path|polygon|circle|ellipse)(?![^>]*fill=)/g, (_match, tag: string) => `<${tag} fill="${FILLS[index++ % FILLS.length]}"`);
  return colored.replace(
    /(<svg[^>]*>)/,
    `$1<title>Generated drawing</title><defs><linearGradient id="sky"><stop offset="0" stop-color="#bde0fe"/><stop offset="1" stop-color="#ffffff"/></linearGradient></defs><rect width="${width}" height="${Math.round(height / 3)}" fill="url(#sky)"/>`,
  );
}

export function svgUsage(prompt: string, model: string): { input_tokens: number; output_tokens: number; reasoning_tokens: number; total_tokens: number; model: string } {
  const input = 1_200 + textTokens(prompt);
  const reasoning = 950;
  const output = reasoning + 480;
  return { input_tokens: input, output_tokens: output, reasoning_tokens: reasoning, total_tokens: input + output, model };
}

import { n } from "../scene";
import { textPath } from "../title";

/** A lower-third caption: SVG content for a band of the frame (placed at x, y; not graded). */
export interface Caption {
  svg: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const ELLIPSIS = "…";

function advance(text: string, size: number): number {
  return (textPath(text).advance * size) / 1000;
}

/** The longest start of `text` that fits `maxWidth` with an ellipsis (whole words when possible). */
export function truncateToWidth(text: string, size: number, maxWidth: number): string {
  if (advance(text, size) <= maxWidth) return text;
  const chars = Array.from(text);
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (advance(chars.slice(0, mid).join("").trimEnd() + ELLIPSIS, size) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  let cut = chars.slice(0, low).join("");
  const space = cut.lastIndexOf(" ");
  if (space > cut.length * 0.6) cut = cut.slice(0, space);
  return cut.replace(/[\s,;:.\-–—]+$/, "") + ELLIPSIS;
}

/** Splits text into at most `maxLines` lines that fit, the last one truncated with an ellipsis. */
export function wrapLines(text: string, size: number, maxWidth: number, maxLines: number): string[] {
  const words = text.split(" ").filter(Boolean);
  const lines: string[] = [];
  let current = "";
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const attempt = current ? `${current} ${word}` : word;
    if (!current || advance(attempt, size) <= maxWidth) {
      current = attempt;
      continue;
    }
    if (lines.length === maxLines - 1) {
      current = `${current} ${words.slice(i).join(" ")}`;
      break;
    }
    lines.push(current);
    current = word;
  }
  if (current) lines.push(current);
  return lines.map((line, i) => (i === lines.length - 1 ? truncateToWidth(line, size, maxWidth) : line));
}

/**
 * A documentary lower third: a dark translucent band across the bottom with an amber rule and
 * the segment's text in Fredoka (vector paths), one line on wide frames, up to two on tall ones.
 */
export function lowerThird(text: string, width: number, height: number): Caption | null {
  const clean = text.replace(/\s+/g, " ").trim();
  if (!clean) return null;
  const short = Math.min(width, height);
  const portrait = height > width * 1.15;
  const size = Math.round(short * (portrait ? 0.052 : 0.046));
  const marginX = Math.round(width * (portrait ? 0.07 : 0.05));
  const rule = Math.max(3, Math.round(size * 0.14));
  const textX = marginX + rule + Math.round(size * 0.45);
  const maxWidth = width - textX - marginX;
  const lines = wrapLines(clean.charAt(0).toUpperCase() + clean.slice(1), size, maxWidth, portrait || width < height * 1.2 ? 2 : 1);
  const lineHeight = size * 1.28;
  const pad = Math.round(size * 0.62);
  const bandH = Math.round(pad * 2 + lineHeight * (lines.length - 1) + size * 0.95);
  const y = Math.round(height - bandH - height * (portrait ? 0.045 : 0.06));
  const scale = size / 1000;
  let svg = `<defs><linearGradient id="caption-band" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#0b0d10" stop-opacity="0.86"/><stop offset="0.7" stop-color="#0b0d10" stop-opacity="0.74"/><stop offset="1" stop-color="#0b0d10" stop-opacity="0.55"/></linearGradient></defs>`;
  svg += `<rect width="${width}" height="${bandH}" fill="url(#caption-band)"/>`;
  svg += `<rect x="${marginX}" y="${pad * 0.7}" width="${rule}" height="${n(bandH - pad * 1.4)}" fill="#f2b33d"/>`;
  lines.forEach((line, i) => {
    const baseline = pad + size * 0.78 + i * lineHeight;
    svg += `<path transform="translate(${textX} ${n(baseline)}) scale(${scale})" fill="#ffffff" d="${textPath(line).d}"/>`;
  });
  return { svg, x: 0, y, width, height: bandH };
}

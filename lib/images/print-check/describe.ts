import type { PrintCheck, PrintCheckReasonCode } from "./types";

/** What to ask an image model for, for each way a page can fail (words a drawing model understands). */
const CORRECTIONS: Record<PrintCheckReasonCode, string> = {
  grey_pixels: "pure black lines on pure white with no grey shading, gradients or color",
  too_little_ink: "a complete drawing with clear, continuous outlines",
  too_much_ink: "much more white space and far less black ink",
  lines_too_thin: "thicker, bolder outlines of even width",
  areas_too_small: "fewer tiny details, with larger shapes to color",
  open_outlines: "closed outlines with no gaps where lines meet",
  specks: "no stray dots or specks",
  pinholes: "lines that meet cleanly without tiny gaps between them",
  solid_black: "no solid black fills: outline every shape and leave it white",
};

/**
 * The corrections a failed check calls for, in the check's item order (each reason code belongs
 * to one item, so none repeats): the words a corrective prompt names ("no solid black fills,
 * thicker outlines, fewer tiny details").
 */
export function listCorrections(check: PrintCheck): string[] {
  return Object.values(check.items).flatMap((item) => item.reasons.map((reason) => CORRECTIONS[reason.code]));
}

/** One sentence for a corrective prompt, or null when the page passed. */
export function buildCorrectivePrompt(check: PrintCheck): string | null {
  const corrections = listCorrections(check);
  if (check.pass || corrections.length === 0) return null;
  return `The previous drawing was not print-ready. This time draw it with ${corrections.join("; ")}.`;
}

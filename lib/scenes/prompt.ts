import { createHash } from "node:crypto";

/** Added to a scene prompt when reference images go with it as edit inputs. */
export function withReferences(prompt: string, count: number): string {
  if (count === 0) return prompt;
  const which = count === 1 ? "The input image is a reference" : `The ${count} input images are references`;
  return `${prompt}\n\n${which} for consistency across the video: keep the same characters, places and visual style as in ${count === 1 ? "it" : "them"}, but compose a new image of the scene described above.`;
}

/** The prompt of a user's edit: their words, and what must not change. */
export function buildEditPrompt(instruction: string, masked: boolean): string {
  const area = masked ? "Change only the transparent area of the mask" : "Change only what this asks for";
  return `${instruction.replace(/\s+/g, " ").trim()}\n\n${area}; keep everything else, the framing and the style exactly as they are. No text, captions or watermarks.`;
}

/** A stable seed for a scene, so the offline engine draws the same frame for the same segment text. */
export function sceneSeed(text: string, style: string): number {
  return createHash("sha256").update(`${style}|${text.trim().toLowerCase()}`).digest().readUInt32BE(0) & 0x7fffffff;
}

import { createHash } from "node:crypto";

/** A stable seed for a scene, so the offline engine draws the same frame for the same segment text. */
export function sceneSeed(text: string, style: string): number {
  return createHash("sha256").update(`${style}|${text.trim().toLowerCase()}`).digest().readUInt32BE(0) & 0x7fffffff;
}

import { createHash } from "node:crypto";

/** A stable layout seed for a theme, so the same theme gives the same offline page until shuffled. */
export function seedForTheme(theme: string): number {
  const digest = createHash("sha256").update(theme.trim().toLowerCase()).digest();
  return digest.readUInt32BE(0) & 0x7fffffff;
}

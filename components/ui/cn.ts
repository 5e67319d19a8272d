export type ClassValue = string | number | false | null | undefined | readonly ClassValue[];

/**
 * Joins class names, skipping falsy values and flattening arrays. It does not resolve Tailwind
 * conflicts: pass extra classes for layout (margins, widths), not to fight a variant's colours.
 */
export function cn(...values: ClassValue[]): string {
  const out: string[] = [];
  for (const value of values) {
    if (!value && value !== 0) continue;
    if (Array.isArray(value)) {
      const nested = cn(...(value as readonly ClassValue[]));
      if (nested) out.push(nested);
    } else {
      out.push(String(value));
    }
  }
  return out.join(" ");
}

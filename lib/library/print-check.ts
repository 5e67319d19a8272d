import { printCheckSchema } from "@/lib/images/print-check/schema";
import type { PrintCheck } from "@/lib/shared/print-check";
import { log } from "@/lib/log";

/**
 * A stored print check, read back through its schema. An image without one (a scene, or a page
 * made before pages were checked) has none; a stored value that no longer parses is logged and
 * shown as none rather than failing the whole library.
 */
export function readStoredPrintCheck(imageId: string, stored: string | null): PrintCheck | null {
  if (stored === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    log.warn("image.print_check_unreadable", { imageId, reason: "json" });
    return null;
  }
  const parsed = printCheckSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  log.warn("image.print_check_unreadable", { imageId, reason: parsed.error.issues[0]?.message ?? "schema" });
  return null;
}

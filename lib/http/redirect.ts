import "server-only";
import { configuredOrigin } from "./origin";

// Without a configured origin, targets are resolved against a placeholder one: only paths survive.
const PLACEHOLDER_ORIGIN = "http://inkwell.invalid";

/**
 * A redirect target made safe: resolved against the site's origin the way a browser would
 * (backslashes, `//host`, encoded characters, other schemes) and kept only when it stays on the
 * site. Returns a path with its query and fragment, or `fallback`.
 */
export function safeRedirectPath(raw: unknown, fallback = "/"): string {
  if (typeof raw !== "string" || raw.trim() === "") return fallback;
  const origin = configuredOrigin() ?? PLACEHOLDER_ORIGIN;
  let target: URL;
  try {
    target = new URL(raw.trim(), `${origin}/`);
  } catch {
    return fallback;
  }
  if (target.origin !== origin) return fallback;
  const path = `${target.pathname}${target.search}${target.hash}`;
  // A path that a browser could still read as another host ("//evil", "/\evil") never leaves here.
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : fallback;
}

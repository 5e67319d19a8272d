import "server-only";
import { isSiteOrigin } from "./origin";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The request headers the rule reads. */
export interface WriteRequestHeaders {
  method: string;
  origin: string | null;
  secFetchSite: string | null;
  host: string | null;
}

/**
 * True when a state-changing request comes from another site's page: its Sec-Fetch-Site says
 * "cross-site", or its Origin is not this site's (an opaque "null" origin included). A request
 * with neither header did not come from a browser page, so this rule lets it through (it still
 * needs a session or a token). Callers apply it to cookie-authenticated requests only.
 */
export function isCrossSiteWrite({ method, origin, secFetchSite, host }: WriteRequestHeaders): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  if (secFetchSite?.toLowerCase() === "cross-site") return true;
  if (origin === null) return false;
  return !isSiteOrigin(origin, host);
}

export function writeHeadersOf(request: { method: string; headers: Headers }): WriteRequestHeaders {
  const h = request.headers;
  return { method: request.method, origin: h.get("origin"), secFetchSite: h.get("sec-fetch-site"), host: h.get("host") };
}

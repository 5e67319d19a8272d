import "server-only";
import { getEnv } from "@/lib/env";

/**
 * The site's public origin from APP_URL (or AUTH_URL), e.g. "https://inkwell.example", or null
 * when neither is set. Behind a proxy it must be set: nothing else an attacker cannot forge says
 * which origin the browser sees.
 */
export function configuredOrigin(): string | null {
  const env = getEnv();
  const raw = env.APP_URL ?? env.AUTH_URL;
  return raw ? new URL(raw).origin : null;
}

/** True when the site is served over HTTPS (as its configured origin says). */
export function isHttpsSite(): boolean {
  return configuredOrigin()?.startsWith("https:") ?? false;
}

/**
 * Whether `origin` (a browser's Origin header) is this site. With a configured origin they must
 * be equal; without one, its host must be the request's own Host header (a browser page on
 * another site cannot change the Host it sends) — X-Forwarded-Host is never read.
 */
export function isSiteOrigin(origin: string, host: string | null): boolean {
  const site = configuredOrigin();
  if (site) return origin === site;
  if (!host) return false;
  try {
    return new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}

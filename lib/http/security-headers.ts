/**
 * The headers proxy.ts adds: the page CSP with a fresh nonce, and HSTS on HTTPS sites. The static
 * security headers of every answer (nosniff, Referrer-Policy, Permissions-Policy, framing, the
 * API's CSP) live in next.config.js.
 */

export const HSTS = "max-age=63072000; includeSubDomains";

/** A fresh, unguessable nonce per page (128 bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export interface PageCspOptions {
  nonce: string;
  /** Development adds what Next.js's dev server needs (eval for fast refresh, its websocket). */
  dev?: boolean;
  https?: boolean;
  /** Origins a sign-in form may post to (OAuth providers' authorization pages). */
  formTargets?: readonly string[];
}

/**
 * The page policy: scripts only with this request's nonce (and what they load, 'strict-dynamic'),
 * styles from the site or with the nonce, inline style attributes (React's `style` props), images
 * from the site and from blob:/data: (photo previews, the mask painter), no plugins, no framing.
 */
export function pageCsp({ nonce, dev = false, https = false, formTargets = [] }: PageCspOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action 'self'${formTargets.map((t) => ` ${t}`).join("")}`,
    "frame-ancestors 'none'",
    "frame-src 'self'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

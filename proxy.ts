import { NextResponse, type NextRequest } from "next/server";
import { oauthFormTargets } from "@/lib/auth/oauth-targets";
import { isHttpsSite } from "@/lib/http/origin";
import { createNonce, HSTS, pageCsp } from "@/lib/http/security-headers";

/**
 * Runs before every request without a body (requests with one skip it: Next.js would buffer their
 * whole body for a proxy, defeating the streamed size limits of the routes and actions).
 * - Pages get a Content-Security-Policy with a fresh nonce, on the answer and on the request
 *   (Next.js reads the nonce from there for its own scripts; `x-nonce` is for ours).
 * - HTTPS sites get HSTS.
 * - Server components learn the requested path (layouts cannot read it otherwise), so that a
 *   signed-out visitor sent to sign in comes back to the page they asked for.
 * The static security headers of every answer come from next.config.js.
 */
export function proxy(request: NextRequest): NextResponse {
  const https = isHttpsSite();
  const headers = new Headers(request.headers);
  headers.set("x-inkwell-path", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const isApi = request.nextUrl.pathname.startsWith("/api/");
  let csp: string | null = null;
  if (!isApi) {
    const nonce = createNonce();
    csp = pageCsp({ nonce, dev: process.env.NODE_ENV === "development", https, formTargets: oauthFormTargets() });
    headers.set("x-nonce", nonce);
    headers.set("content-security-policy", csp);
  } else {
    headers.delete("x-nonce");
  }
  const response = NextResponse.next({ request: { headers } });
  if (csp) response.headers.set("content-security-policy", csp);
  if (https) response.headers.set("strict-transport-security", HSTS);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "content-length" },
        { type: "header", key: "transfer-encoding" },
      ],
    },
  ],
};

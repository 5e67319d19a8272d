// GET|POST /api/auth/* — Auth.js sign-in, callbacks, session and sign-out
// Posts are refused from other sites, limited to a few KB while they stream, and password
// sign-ins that are locked out get 429 with the wait before Auth.js sees them.
import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/next-auth";
import { AppError } from "@/lib/errors";
import { readBodyLimited } from "@/lib/http/body";
import { isCrossSiteWrite, writeHeadersOf } from "@/lib/http/cross-site";
import { clientIpOf } from "@/lib/http/request-ip";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { rateLimited } from "@/lib/limits/rate-limited";
import { signInWaitMs } from "@/lib/limits/sign-in";
import { errorResponse } from "../../_lib/handler";

/** Sign-in and sign-out forms are a few fields: nothing legitimate comes near this. */
const AUTH_BODY_LIMIT = 8 * 1024;

export const { GET } = handlers;

async function lockedOut(request: NextRequest, body: Uint8Array): Promise<AppError | null> {
  if (!request.nextUrl.pathname.endsWith("/callback/credentials")) return null;
  const email = new URLSearchParams(new TextDecoder().decode(body)).get("email");
  if (!email) return null;
  const wait = await signInWaitMs({ email, ip: clientIpOf(request.headers) });
  return wait > 0 ? rateLimited("sign_in", wait) : null;
}

export async function POST(request: NextRequest): Promise<Response> {
  const requestId = randomUUID();
  const locale = localeOfRequest(request.headers);
  try {
    if (isCrossSiteWrite(writeHeadersOf(request))) throw new AppError("forbidden:cross_site", "This request came from another site and was refused.");
    const body = await readBodyLimited(request, AUTH_BODY_LIMIT);
    const refusal = await lockedOut(request, body);
    if (refusal) throw refusal;
    return await handlers.POST(new NextRequest(request.nextUrl, { method: "POST", headers: request.headers, body: body.byteLength > 0 ? new Uint8Array(body) : null }));
  } catch (error) {
    return errorResponse(error, requestId, locale);
  }
}

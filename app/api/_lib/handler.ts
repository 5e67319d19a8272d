import { randomUUID } from "node:crypto";
import { z, ZodError } from "zod";
import { allows, type Access, type Principal } from "@/lib/auth/principal";
import { authenticateRequest } from "@/lib/auth/request-auth";
import { isAdmin } from "@/lib/auth/roles";
import { AppError, fieldErrors, isAppError, retryAfterOf } from "@/lib/errors";
import { assertDeclaredLength, JSON_BODY_LIMIT, readBodyLimited } from "@/lib/http/body";
import { isCrossSiteWrite, writeHeadersOf } from "@/lib/http/cross-site";
import { localeOfRequest, localizedErrorMessage } from "@/lib/i18n/request-locale";
import { consumeApiRequest } from "@/lib/limits/api";
import { log } from "@/lib/log";

export interface RouteContext<P> {
  request: Request;
  userId: string;
  user: Principal["user"];
  principal: Principal;
  params: P;
  requestId: string;
}

export interface RouteOptions {
  /** What the route needs; default: "read" for GET and HEAD, "generate" for everything else. */
  access?: Access;
  /** Admins only (403 for everyone else); implies a browser session. */
  admin?: boolean;
  /** The largest body the route reads (default 1 MB); a larger one is refused with 413 while it streams. */
  maxBodyBytes?: number | (() => number);
}

type NextRouteContext<P> = { params: Promise<P> };

// The body limit of the route handling each request, for readJson and the form readers.
const bodyLimits = new WeakMap<Request, number>();

export function json(body: unknown, status = 200, headers?: HeadersInit): Response {
  return Response.json(body, { status, headers });
}

/** One JSON shape for every failure; 429s carry Retry-After and, for French readers, a French message. */
export function errorResponse(error: unknown, requestId: string, locale: "en" | "fr" = "en"): Response {
  if (error instanceof ZodError) {
    return json({ error: "Some fields are not valid.", code: "invalid:input", fields: fieldErrors(error.issues) }, 400);
  }
  if (isAppError(error)) {
    const retryAfter = retryAfterOf(error);
    const body = { ...error.toJSON(), error: localizedErrorMessage(error, locale) };
    return json(body, error.status, retryAfter === null ? undefined : { "retry-after": String(retryAfter) });
  }
  log.error("unexpected error in a route", { requestId, error });
  return json({ error: "Something went wrong on our side. Please try again.", code: "internal:unexpected", requestId }, 500);
}

function forbiddenScope(principal: Principal, access: Access): AppError {
  if (access === "session") return new AppError("forbidden:session_only", "This needs the browser session: personal API tokens cannot create or revoke tokens, nor use the admin tools.");
  const scope = principal.via === "token" ? principal.scope : "session";
  return new AppError("forbidden:scope", `This token's scope is "${scope}"; this request needs a token with the "${access}" scope.`);
}

/** Checks who is asking and whether they may: 401 without credentials, 403 for a cross-site write, the wrong scope or a disabled account. */
async function admit(request: Request, access: Access): Promise<Principal> {
  const principal = await authenticateRequest(request.headers);
  if (!principal) throw new AppError("unauthorized:session", "Sign in, or send a personal API token as 'Authorization: Bearer …'.");
  // Only a cookie rides along with another site's form or script; a token has to be sent on purpose.
  if (principal.via === "session" && isCrossSiteWrite(writeHeadersOf(request))) {
    throw new AppError("forbidden:cross_site", "This request came from another site and was refused.");
  }
  if (!allows(principal, access)) throw forbiddenScope(principal, access);
  return principal;
}

/**
 * Wraps a route handler: checks the session or API token, the origin of cookie-authenticated
 * writes, the token's scope and the user's request rate first; refuses a declared body over the
 * route's limit before reading it; hands over the params; and turns every failure into one JSON
 * shape with the right status.
 */
export function withUser<P = Record<string, never>>(handler: (context: RouteContext<P>) => Promise<Response>, options: RouteOptions = {}) {
  return async (request: Request, context: NextRouteContext<P>): Promise<Response> => {
    const requestId = randomUUID();
    try {
      const method = request.method.toUpperCase();
      const access = options.admin ? "session" : (options.access ?? (method === "GET" || method === "HEAD" ? "read" : "generate"));
      const principal = await admit(request, access);
      if (options.admin && !isAdmin(principal.user)) throw new AppError("forbidden:admin", "Only administrators may do this.");
      await consumeApiRequest({ userId: principal.user.id });
      const limit = options.maxBodyBytes ?? JSON_BODY_LIMIT;
      const maxBodyBytes = typeof limit === "function" ? limit() : limit;
      assertDeclaredLength(request.headers, maxBodyBytes);
      bodyLimits.set(request, maxBodyBytes);
      const params = (await context?.params) ?? ({} as P);
      return await handler({ request, userId: principal.user.id, user: principal.user, principal, params, requestId });
    } catch (error) {
      return errorResponse(error, requestId, localeOfRequest(request.headers));
    }
  };
}

/** The body limit withUser set for this request (1 MB when called outside it). */
export function bodyLimitOf(request: Request): number {
  return bodyLimits.get(request) ?? JSON_BODY_LIMIT;
}

function isJsonType(contentType: string | null): boolean {
  const type = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

/**
 * Reads a JSON body and validates it: 415 unless it is sent as application/json, 413 as soon as it
 * passes the route's limit (or `maxBytes` when smaller), 400 with field errors when it is not
 * valid. An empty body is `{}`.
 */
export async function readJson<S extends z.ZodType>(request: Request, schema: S, { maxBytes }: { maxBytes?: number } = {}): Promise<z.output<S>> {
  const contentType = request.headers.get("content-type");
  const bytes = await readBodyLimited(request, Math.min(maxBytes ?? Infinity, bodyLimitOf(request)));
  if (bytes.byteLength === 0 && !contentType) return schema.parse({});
  if (!isJsonType(contentType)) throw new AppError("unsupported:content_type", "Send the body as JSON with 'Content-Type: application/json'.");
  let body: unknown;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    body = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw new AppError("invalid:json", "The request body is not valid JSON.");
  }
  return schema.parse(body);
}

/** Validates query parameters. */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const url = new URL(request.url);
  return schema.parse(Object.fromEntries(url.searchParams.entries()));
}

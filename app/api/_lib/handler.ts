import { randomUUID } from "node:crypto";
import { z, ZodError } from "zod";
import { auth } from "@/lib/auth/next-auth";
import { userIdFromBearer } from "@/lib/auth/api-tokens";
import { AppError, fieldErrors, isAppError } from "@/lib/errors";
import { log } from "@/lib/log";

export interface RouteContext<P> {
  request: Request;
  userId: string;
  params: P;
  requestId: string;
}

type NextRouteContext<P> = { params: Promise<P> };

export function json(body: unknown, status = 200, headers?: HeadersInit): Response {
  return Response.json(body, { status, headers });
}

/** The signed-in user: a personal API token (Bearer) or the browser's session. */
async function resolveUserId(request: Request): Promise<string | null> {
  const bearer = request.headers.get("authorization");
  if (bearer) return userIdFromBearer(bearer);
  const session = await auth();
  return session?.user?.id ?? null;
}

export function errorResponse(error: unknown, requestId: string): Response {
  if (error instanceof ZodError) {
    return json({ error: "Some fields are not valid.", code: "invalid:input", fields: fieldErrors(error.issues) }, 400);
  }
  if (isAppError(error)) return json(error.toJSON(), error.status);
  log.error("unexpected error in a route", { requestId, error });
  return json({ error: "Something went wrong on our side. Please try again.", code: "internal:unexpected", requestId }, 500);
}

/**
 * Wraps a route handler: checks the session or API token first (401 JSON otherwise), hands over
 * the params, and turns every failure into one JSON shape with the right status.
 */
export function withUser<P = Record<string, never>>(handler: (context: RouteContext<P>) => Promise<Response>) {
  return async (request: Request, context: NextRouteContext<P>): Promise<Response> => {
    const requestId = randomUUID();
    try {
      const userId = await resolveUserId(request);
      if (!userId) throw new AppError("unauthorized:session", "Sign in, or send a personal API token as 'Authorization: Bearer …'.");
      const params = (await context?.params) ?? ({} as P);
      return await handler({ request, userId, params, requestId });
    } catch (error) {
      return errorResponse(error, requestId);
    }
  };
}

/** Reads a JSON body and validates it; a bad body is a 400 with field errors. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    const text = await request.text();
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

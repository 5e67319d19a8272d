import type { z } from "zod";

/** Who may call an operation: the token scopes, the browser session only, admins, or anyone. */
export type ApiAccess = "read" | "generate" | "session" | "admin" | "public";

export type ApiMethod = "get" | "post" | "put" | "patch" | "delete";

/** One documented answer of an operation. */
export interface ApiResponse {
  description: string;
  /** JSON answers: the shape, as a zod schema. */
  schema?: z.ZodType;
  /** Non-JSON answers (a PNG, a PDF, an event stream); JSON when a schema is given. */
  contentType?: string;
  /** An answer whose type depends on a query (an export): each media type, with the schema of a JSON one. */
  formats?: Record<string, z.ZodType | null>;
}

/**
 * One route and method of the HTTP API, described with the very zod schemas the route validates
 * its input with, so the document cannot drift from what the server accepts.
 */
export interface ApiOperation {
  method: ApiMethod;
  /** OpenAPI path, with `{param}` placeholders: "/api/images/{id}". */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  access: ApiAccess;
  query?: z.ZodType;
  body?: {
    schema: z.ZodType;
    contentType: "application/json" | "multipart/form-data";
    /** A valid request body; the tests parse it with `schema`. */
    example?: unknown;
  };
  /** The success answers by status; error answers are added from `errors`. */
  responses: Record<number, ApiResponse>;
  /** Error statuses beyond 401/429/500, which every authenticated operation may answer. */
  errors?: number[];
}

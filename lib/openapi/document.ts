import type { z } from "zod";
import { API_OPERATIONS } from "./operations";
import { SchemaCollector } from "./json-schema";
import { RESPONSE_EXAMPLES } from "./response-examples";
import { errorSchema } from "./responses";
import type { ApiAccess, ApiOperation } from "./types";

type Json = Record<string, unknown>;

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Invalid input: `code` says what, `fields` which field.",
  401: "No session and no valid token.",
  402: "Over the monthly budget.",
  403: "A token of the wrong scope, a disabled account, or a write from another site.",
  404: "Missing, or another user's.",
  409: "Not possible in the object's current state.",
  413: "The body is over its limit.",
  415: "The wrong content type.",
  429: "Past a rate limit; see `Retry-After`.",
  500: "Unexpected; quote `requestId`.",
};

const SECURITY: Record<ApiAccess, Json[]> = {
  public: [],
  read: [{ bearerToken: [] }, { sessionCookie: [] }],
  generate: [{ bearerToken: [] }, { sessionCookie: [] }],
  session: [{ sessionCookie: [] }],
  admin: [{ sessionCookie: [] }],
};

const ACCESS_NOTES: Record<ApiAccess, string> = {
  public: "No credentials needed.",
  read: "A `read` or `generate` token, or the browser session.",
  generate: "A `generate` token, or the browser session.",
  session: "The browser session only.",
  admin: "An administrator's browser session.",
};

function parametersOf(operation: ApiOperation, schemas: SchemaCollector): Json[] {
  const path = [...operation.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: "path", required: true, schema: { type: "string" } }));
  if (!operation.query) return path;
  const query = schemas.convert(operation.query, "input") as { properties?: Record<string, Json>; required?: string[] };
  const required = new Set(query.required ?? []);
  const fields = Object.entries(query.properties ?? {}).map(([name, schema]) => ({ name, in: "query", required: required.has(name), schema }));
  return [...path, ...fields];
}

function responsesOf(operation: ApiOperation, schemas: SchemaCollector, errorRef: Json): Json {
  const out: Json = {};
  for (const [status, response] of Object.entries(operation.responses)) {
    const example = RESPONSE_EXAMPLES[`${operation.method} ${operation.path} ${status}`];
    const withExample = (schema: z.ZodType) => ({ schema: schemas.convert(schema, "output"), ...(example === undefined ? {} : { example }) });
    const content = response.formats
      ? Object.fromEntries(Object.entries(response.formats).map(([type, schema]) => [type, schema ? withExample(schema) : { schema: { type: "string", format: "binary" } }]))
      : response.schema
      ? { "application/json": withExample(response.schema) }
      : response.contentType
        ? { [response.contentType]: { schema: { type: "string", format: "binary" } } }
        : undefined;
    out[status] = { description: response.description, ...(content ? { content } : {}) };
  }
  const common = operation.access === "public" ? [500] : [401, 403, 429, 500];
  for (const status of [...new Set([...(operation.errors ?? []), ...common])].sort()) {
    out[String(status)] = { description: ERROR_DESCRIPTIONS[status] ?? "An error.", content: { "application/json": { schema: errorRef } } };
  }
  return out;
}

function operationObject(operation: ApiOperation, schemas: SchemaCollector, errorRef: Json): Json {
  const body = operation.body && {
    required: true,
    content: { [operation.body.contentType]: { schema: schemas.convert(operation.body.schema, "input"), ...(operation.body.example === undefined ? {} : { example: operation.body.example }) } },
  };
  return {
    operationId: `${operation.method}${operation.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? "").toUpperCase())}`,
    summary: operation.summary,
    description: [operation.description, ACCESS_NOTES[operation.access]].filter(Boolean).join("\n\n"),
    tags: [operation.tag],
    security: SECURITY[operation.access],
    parameters: parametersOf(operation, schemas),
    ...(body ? { requestBody: body } : {}),
    responses: responsesOf(operation, schemas, errorRef),
  };
}

/** The OpenAPI 3.1 document of the HTTP API, built from the operations' own zod schemas. */
export function buildOpenApiDocument(operations: readonly ApiOperation[] = API_OPERATIONS): Json {
  const schemas = new SchemaCollector();
  const errorRef = schemas.convert(errorSchema, "output");
  const paths: Record<string, Json> = {};
  for (const operation of operations) {
    paths[operation.path] = { ...(paths[operation.path] ?? {}), [operation.method]: operationObject(operation, schemas, errorRef) };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Inkwell HTTP API",
      version: "1",
      description: "Coloring pages, coloring books and script illustrations. Errors are `{ error, code }` with the right status; another user's object is a 404.",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: "/" }],
    tags: [...new Set(operations.map((o) => o.tag))].map((name) => ({ name })),
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    components: {
      schemas: schemas.components,
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "A personal API token from Settings: `Authorization: Bearer ink_…`." },
        sessionCookie: { type: "apiKey", in: "cookie", name: "authjs.session-token", description: "The browser session (`__Secure-authjs.session-token` over HTTPS)." },
      },
    },
  };
}

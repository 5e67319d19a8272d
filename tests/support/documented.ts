import { expect } from "vitest";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { documentValidator } from "./openapi";

type Json = Record<string, unknown>;
// Any route handler: its own params type is checked by the route itself.
type Handler = (request: Request, context: { params: Promise<never> }) => Response | Promise<Response>;
type Documented = { responses: Record<string, { content?: Record<string, { schema: unknown }> }> };

// Built once per test file: the same document GET /api/openapi.json serves.
const document = JSON.parse(JSON.stringify(buildOpenApiDocument())) as Json;
const { compile } = documentValidator(document);
const compiled = new Map<string, ReturnType<typeof compile>>();

function operationOf(operation: string): Documented {
  const [method, path] = operation.split(" ") as [string, string];
  const found = (document.paths as Record<string, Record<string, Documented>>)[path]?.[method.toLowerCase()];
  if (!found) throw new Error(`${operation} is not in the OpenAPI document`);
  return found;
}

/**
 * Checks a real answer against the document: its status must be one the operation documents and,
 * for a JSON answer, the body must match that status's schema. Returns the parsed body.
 */
export function expectDocumented(operation: string, status: number, contentType: string | null, body: unknown): void {
  const responses = operationOf(operation).responses;
  expect(Object.keys(responses), `${operation} answered ${status}, which it does not document`).toContain(String(status));
  const schema = responses[String(status)]!.content?.["application/json"]?.schema;
  if (!contentType?.startsWith("application/json")) {
    const types = Object.keys(responses[String(status)]!.content ?? {});
    expect(types.length > 0 && types.every((type) => type === "application/json"), `${operation} ${status} is documented as JSON only but answered ${contentType}`).toBe(false);
    return;
  }
  expect(schema, `${operation} ${status} answered JSON it does not document`).toBeDefined();
  const key = `${operation} ${status}`;
  const validate = compiled.get(key) ?? compile(schema);
  compiled.set(key, validate);
  expect(validate(body), `${key}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
}

/**
 * Calls a route handler as `call` does, for the documented `operation` ("GET /api/books/{id}"),
 * and checks the answer against the document. Path parameters fill the template; `query` is
 * appended ("?wait=5").
 */
export async function callDocumented(
  handler: Handler,
  operation: string,
  options: { token?: string; body?: unknown; params?: Record<string, string>; query?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: Json; response: Response }> {
  const [method, template] = operation.split(" ") as [string, string];
  const path = template.replace(/\{(\w+)\}/g, (_m, name: string) => options.params?.[name] ?? name) + (options.query ?? "");
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers["content-type"] ??= "application/json";
    body = JSON.stringify(options.body);
  }
  const request = new Request(`http://localhost${path}`, { method, headers, body });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) as Promise<never> });
  const contentType = response.headers.get("content-type");
  // The body is read here (a clone stays for binary answers the caller may want).
  const text = contentType?.startsWith("application/json") ? await response.clone().text() : "";
  const parsed = (text ? JSON.parse(text) : {}) as Json;
  expectDocumented(operation, response.status, contentType, parsed);
  return { status: response.status, body: parsed, response };
}

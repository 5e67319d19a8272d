import { Validator } from "@seriousme/openapi-schema-validator";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as openApiRoute } from "@/app/api/openapi.json/route";
import { openApiPathOf } from "@/lib/openapi/define";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { API_OPERATIONS } from "@/lib/openapi/operations";
import { RESPONSE_EXAMPLES } from "@/lib/openapi/response-examples";
import { discoverApiRoutes, type RouteFile } from "../support/route-files";
import { documentValidator } from "../support/openapi";

type Json = Record<string, unknown>;
const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

let routes: RouteFile[];
let document: Json;

beforeAll(async () => {
  routes = await discoverApiRoutes();
  document = (await openApiRoute().json()) as Json;
});

/** Every `$ref` in the document, with where it was found. */
function refsOf(value: unknown, at = "#"): Array<{ ref: string; at: string }> {
  if (Array.isArray(value)) return value.flatMap((item, i) => refsOf(item, `${at}/${i}`));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === "$ref" && typeof inner === "string" ? [{ ref: inner, at }] : refsOf(inner, `${at}/${key}`)));
}

function resolvePointer(root: unknown, pointer: string): unknown {
  return pointer
    .slice(2)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, part) => (node !== null && typeof node === "object" ? (node as Json)[part] : undefined), root);
}

describe("the OpenAPI document", () => {
  it("is served at GET /api/openapi.json, and is the document the registry builds", async () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });

  it("validates against the official OpenAPI 3.1 schema", async () => {
    const result = await new Validator().validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("the official schema check fails a broken reference and a wrong type", async () => {
    const components = document.components as { schemas: Record<string, Json> };
    const brokenRef = structuredClone(document);
    (brokenRef.components as { schemas: Record<string, Json> }).schemas.Job = { $ref: "#/components/schemas/NoSuchSchema" };
    expect((await new Validator().validate(brokenRef)).valid).toBe(false);
    const wrongType = structuredClone(document);
    ((wrongType.paths as Record<string, Record<string, Json>>)["/api/health"]!.get!).responses = "200";
    expect((await new Validator().validate(wrongType)).valid).toBe(false);
    expect(Object.keys(components.schemas)).toContain("Job");
  });

  it("documents every JSON answer with a schema that constrains it", () => {
    for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: Json }> }> }>>)) {
      for (const [method, operation] of Object.entries(item)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          const schema = response.content?.["application/json"]?.schema;
          if (!schema) continue;
          const where = `${method} ${path} ${status}`;
          // An open `{}` or a bare record of anything documents nothing.
          expect(Object.keys(schema).length, where).toBeGreaterThan(0);
          expect(schema.type === "object" && !schema.properties && schema.additionalProperties !== undefined && Object.keys(schema.additionalProperties as Json).length === 0, where).toBe(false);
        }
      }
    }
  });

  it("gives every operation with a JSON answer an example answer, which its schema accepts", () => {
    const { compile } = documentValidator(document);
    const paths = document.paths as Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown; example?: unknown }> }> }>>;
    const used = new Set<string>();
    for (const [path, item] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const answers = Object.entries(operation.responses).filter(([status, r]) => /^2/.test(status) && r.content?.["application/json"]);
        if (!answers.length) continue;
        expect(answers.some(([, r]) => r.content!["application/json"]!.example !== undefined), `${method} ${path} has no example answer`).toBe(true);
        for (const [status, r] of answers) {
          const media = r.content!["application/json"]!;
          if (media.example === undefined) continue;
          used.add(`${method} ${path} ${status}`);
          const validate = compile(media.schema);
          expect(validate(media.example), `${method} ${path} ${status}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
        }
      }
    }
    // An example for an answer the document does not have is a stale one.
    expect(Object.keys(RESPONSE_EXAMPLES).filter((key) => !used.has(key) && !key.endsWith(" 503"))).toEqual([]);
  });

  it("describes every route file and method, and nothing that does not exist", () => {
    const expected = routes.flatMap((route) => route.methods.filter((m) => m !== "HEAD").map((m) => `${m.toLowerCase()} ${openApiPathOf(route.path)}`)).sort();
    const paths = document.paths as Record<string, Json>;
    const documented = Object.entries(paths).flatMap(([path, item]) => Object.keys(item).filter((k) => HTTP_METHODS.includes(k)).map((m) => `${m} ${path}`)).sort();
    expect(documented).toEqual(expected);
  });

  it("has only references that resolve", () => {
    const refs = refsOf(document);
    expect(refs.length).toBeGreaterThan(10);
    for (const { ref, at } of refs) {
      expect(ref.startsWith("#/"), at).toBe(true);
      expect(resolvePointer(document, ref), `${ref} at ${at}`).toBeDefined();
    }
  });

  it("is structurally sound: unique operation ids, declared path parameters, known security schemes, valid JSON schemas", () => {
    const ids = new Set<string>();
    const { compile } = documentValidator(document);
    const schemes = Object.keys((document.components as { securitySchemes: Json }).securitySchemes);
    for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, Json>>)) {
      const placeholders = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name).sort();
      for (const [method, operation] of Object.entries(item)) {
        const where = `${method} ${path}`;
        expect(ids.has(operation.operationId as string), where).toBe(false);
        ids.add(operation.operationId as string);
        const parameters = operation.parameters as Array<{ name: string; in: string; schema: unknown }>;
        expect(parameters.filter((p) => p.in === "path").map((p) => p.name).sort(), where).toEqual(placeholders);
        for (const requirement of operation.security as Json[]) for (const scheme of Object.keys(requirement)) expect(schemes, where).toContain(scheme);
        const responses = operation.responses as Record<string, { description?: string; content?: Record<string, { schema: unknown }> }>;
        expect(Object.keys(responses).some((status) => status.startsWith("2") || status.startsWith("3")), where).toBe(true);
        const schemas = [
          ...parameters.map((p) => p.schema),
          ...Object.values((operation.requestBody as { content?: Record<string, { schema: unknown }> } | undefined)?.content ?? {}).map((c) => c.schema),
          ...Object.values(responses).flatMap((r) => Object.values(r.content ?? {}).map((c) => c.schema)),
        ];
        for (const schema of schemas) expect(() => compile(schema), where).not.toThrow();
        for (const [status, response] of Object.entries(responses)) expect(response.description, `${where} ${status}`).toBeTruthy();
        if (!(operation.security as Json[]).length) continue;
        expect(Object.keys(responses), where).toEqual(expect.arrayContaining(["401", "403", "429"]));
      }
    }
  });

  it("documents errors as { error, code } on every operation", () => {
    const { compile } = documentValidator(document);
    for (const item of Object.values(document.paths as Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>)) {
      for (const operation of Object.values(item)) {
        const validate = compile(operation.responses["500"]!.content!["application/json"]!.schema);
        expect(validate({ error: "Something went wrong.", code: "internal:unexpected", requestId: "r" })).toBe(true);
        expect(validate({ message: "no code" })).toBe(false);
      }
    }
  });

  it("gives request examples the route's own schema accepts, and the document's schema too", () => {
    const { compile } = documentValidator(document);
    const withExamples = API_OPERATIONS.filter((operation) => operation.body?.example !== undefined);
    expect(withExamples.length).toBeGreaterThanOrEqual(15);
    for (const operation of withExamples) {
      const { schema, example, contentType } = operation.body!;
      const where = `${operation.method} ${operation.path}`;
      // A multipart example lists the fields; its files are added here as the client would.
      const files = contentType === "multipart/form-data" ? fileFieldsOf(compileSource(operation.path, operation.method)) : {};
      expect(schema.safeParse({ ...(example as Json), ...files }).success, where).toBe(true);
      if (contentType === "application/json") expect(compile(compileSource(operation.path, operation.method))(example), where).toBe(true);
    }
  });
});

function compileSource(path: string, method: string): Json {
  const operation = (document.paths as Record<string, Record<string, { requestBody: { content: Record<string, { schema: Json }> } }>>)[path]![method]!;
  return Object.values(operation.requestBody.content)[0]!.schema;
}

/** A tiny file for each required file field of a multipart schema. */
function fileFieldsOf(schema: Json): Record<string, File> {
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.fromEntries(Object.entries(properties).filter(([name, p]) => required.has(name) && p.format === "binary").map(([name]) => [name, new File([new Uint8Array([1])], `${name}.png`, { type: "image/png" })]));
}

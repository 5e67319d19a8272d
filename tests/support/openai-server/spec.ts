/**
 * OpenAI's own OpenAPI description, loaded once per process (lazily) and compiled with ajv only
 * for the schemas that are actually used.
 *
 * OpenAPI 3.1 vs ajv quirks handled here (see `normalizeSchema`):
 * - `nullable` (an OpenAPI 3.0 keyword) is still used everywhere, sometimes WITHOUT `type`
 *   (e.g. `CreateImageRequest.model` is `anyOf` + `nullable`), which ajv rejects outright
 *   ("nullable cannot be used without type"). It is rewritten to JSON Schema 2020-12:
 *   `type: [T, "null"]` (plus `null` in an `enum`), or `anyOf: [schema, { type: "null" }]`.
 * - Documentation/vendor keywords (`x-oaiMeta`, `x-stainless-*`, `x-oaiTypeLabel`, `example(s)`,
 *   `description`, `deprecated`, `discriminator`, `title`) are stripped; ajv runs with
 *   `strict: false` anyway.
 * - Custom formats (`binary`, `unixtime`, `int64`, `double`, `float`) are registered as
 *   always-valid.
 * - Response-side patch: `ImagesResponse.size` and the image stream events' `size` list only the
 *   three fixed sizes, but `gpt-image-2` answers with arbitrary `WIDTHxHEIGHT` sizes (the request
 *   schema's own description, and the SDK's `(string & {}) | ...` type, say so). Those `size`
 *   properties are widened to `^\d+x\d+$|auto` strings.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const SPEC_ID = "https://inkwell.test/openai-openapi.json";
const DROPPED_KEYWORDS = new Set([
  "description",
  "example",
  "examples",
  "deprecated",
  "discriminator",
  "title",
]);

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function thisDir(): string {
  return path.dirname(fileURLToPath(import.meta.url));
}

/** Repository root (this file lives in tests/support/openai-server/). */
export function repoRoot(): string {
  return path.resolve(thisDir(), "../../..");
}

/** `OPENAI_SPEC_PATH`, else `<repo>/../shared/openai/openapi.json`. */
export function specPath(): string {
  const override = process.env.OPENAI_SPEC_PATH;
  if (override && override.trim() !== "") return path.resolve(override);
  return path.resolve(repoRoot(), "../shared/openai/openapi.json");
}

function normalizeSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(normalizeSchema);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED_KEYWORDS.has(key) || key.startsWith("x-")) continue;
    if ((key === "properties" || key === "patternProperties" || key === "$defs") && isObject(value)) {
      // Keys here are property names, not keywords: keep them all (a property may be called "title").
      const props: JsonObject = {};
      for (const [name, sub] of Object.entries(value)) props[name] = normalizeSchema(sub);
      out[key] = props;
      continue;
    }
    out[key] = normalizeSchema(value);
  }
  if ("nullable" in out) {
    const nullable = out.nullable === true;
    delete out.nullable;
    if (nullable) {
      const type = out.type;
      if (typeof type === "string" || Array.isArray(type)) {
        const types = Array.isArray(type) ? type : [type];
        if (!types.includes("null")) out.type = [...types, "null"];
        if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      } else {
        const { default: dflt, ...rest } = out;
        const wrapped: JsonObject = { anyOf: [rest, { type: "null" }] };
        if (dflt !== undefined) wrapped.default = dflt;
        return wrapped;
      }
    }
  }
  return out;
}

const SIZE_STRING: JsonObject = { type: "string", pattern: "^(\\d+x\\d+|auto)$" };

function patchResponseSchemas(schemas: JsonObject): void {
  const names = [
    "ImagesResponse",
    "ImageGenPartialImageEvent",
    "ImageGenCompletedEvent",
    "ImageEditPartialImageEvent",
    "ImageEditCompletedEvent",
  ];
  for (const name of names) {
    const schema = schemas[name];
    if (!isObject(schema) || !isObject(schema.properties)) continue;
    if (isObject(schema.properties.size)) schema.properties.size = { ...SIZE_STRING };
  }
}

interface Compiled {
  ajv: Ajv2020;
  schemas: JsonObject;
  validators: Map<string, ValidateFunction>;
}

let compiled: Compiled | undefined;

function load(): Compiled {
  if (compiled) return compiled;
  const file = specPath();
  if (!fs.existsSync(file)) {
    throw new Error(`OpenAI OpenAPI spec not found at ${file} (set OPENAI_SPEC_PATH)`);
  }
  const spec: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
  if (!isObject(spec) || !isObject(spec.components) || !isObject(spec.components.schemas)) {
    throw new Error(`${file} has no components.schemas`);
  }
  const schemas: JsonObject = {};
  for (const [name, schema] of Object.entries(spec.components.schemas)) {
    schemas[name] = normalizeSchema(schema);
  }
  patchResponseSchemas(schemas);
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, logger: false });
  addFormats(ajv);
  for (const format of ["binary", "unixtime", "int64", "double", "float"]) ajv.addFormat(format, true);
  ajv.addSchema({ $id: SPEC_ID, components: { schemas } });
  compiled = { ajv, schemas, validators: new Map() };
  return compiled;
}

export interface ValidationResult {
  valid: boolean;
  errors: string[];
  raw: ErrorObject[];
}

function validator(name: string): ValidateFunction {
  const c = load();
  const existing = c.validators.get(name);
  if (existing) return existing;
  if (!(name in c.schemas)) throw new Error(`Unknown schema components.schemas.${name}`);
  const fn = c.ajv.getSchema(`${SPEC_ID}#/components/schemas/${name}`);
  if (!fn) throw new Error(`Could not compile components.schemas.${name}`);
  c.validators.set(name, fn);
  return fn;
}

export function formatAjvError(error: ErrorObject): string {
  const where = error.instancePath === "" ? "(body)" : error.instancePath;
  const params: Record<string, unknown> = error.params;
  if (error.keyword === "enum" && Array.isArray(params.allowedValues)) {
    return `${where} must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
  }
  if (error.keyword === "additionalProperties" && typeof params.additionalProperty === "string") {
    return `${where} has unknown property '${params.additionalProperty}'`;
  }
  return `${where} ${error.message ?? error.keyword}`;
}

/** Validate `data` against `components.schemas[name]` of the spec. */
export function validateSchema(name: string, data: unknown): ValidationResult {
  const fn = validator(name);
  const valid = fn(data) === true;
  const raw = valid ? [] : [...(fn.errors ?? [])];
  const errors = [...new Set(raw.map(formatAjvError))];
  return { valid, errors, raw };
}

/** The normalized schema of `components.schemas[name]` (for multipart type coercion). */
export function getSchema(name: string): JsonObject | undefined {
  const schema = load().schemas[name];
  return isObject(schema) ? schema : undefined;
}

/** Resolve a local `#/components/schemas/X` reference of the normalized spec. */
export function resolveRef(ref: string): JsonObject | undefined {
  const prefix = "#/components/schemas/";
  if (!ref.startsWith(prefix)) return undefined;
  return getSchema(ref.slice(prefix.length));
}

export type { Json, JsonObject };
export { isObject };

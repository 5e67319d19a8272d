import { Ajv2020 } from "ajv/dist/2020";
import addFormats from "ajv-formats";

type Json = Record<string, unknown>;

/**
 * A JSON Schema 2020-12 validator that knows the document's components, so a schema taken from
 * the document (with its `#/components/schemas/…` references) can check real data.
 */
export function documentValidator(document: Json) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: "inkwell-openapi", components: (document as { components: Json }).components }, "inkwell-openapi");
  const withBase = (schema: unknown): unknown => {
    if (Array.isArray(schema)) return schema.map(withBase);
    if (schema === null || typeof schema !== "object") return schema;
    return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === "$ref" && typeof v === "string" && v.startsWith("#/components/") ? `inkwell-openapi${v}` : withBase(v)]));
  };
  return {
    /** Compiles a schema of the document (throws on an invalid schema or an unresolved $ref). */
    compile: (schema: unknown) => ajv.compile(withBase(schema) as Json),
  };
}

/** The JSON schema the document gives for an answer. */
export function responseSchemaOf(document: Json, path: string, method: string, status: number): unknown {
  const paths = document.paths as Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
  const schema = paths[path]?.[method]?.responses[String(status)]?.content?.["application/json"]?.schema;
  if (!schema) throw new Error(`no JSON answer documented for ${method.toUpperCase()} ${path} ${status}`);
  return schema;
}

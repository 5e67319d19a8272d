import { z } from "zod";

type JsonSchema = Record<string, unknown>;

const LOCAL_REF = "#/$defs/";

/** Points `#/$defs/X` references at `#/components/schemas/<renamed X>`. */
function rewriteRefs(value: unknown, rename: (name: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, rename));
  if (value === null || typeof value !== "object") return value;
  const out: JsonSchema = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = key === "$ref" && typeof inner === "string" && inner.startsWith(LOCAL_REF) ? `#/components/schemas/${rename(inner.slice(LOCAL_REF.length))}` : rewriteRefs(inner, rename);
  }
  return out;
}

/**
 * Turns zod schemas into OpenAPI 3.1 schemas (JSON Schema 2020-12): named schemas (`.meta({ id })`)
 * go once into `components.schemas` and are referenced from there.
 */
export class SchemaCollector {
  readonly components: Record<string, JsonSchema> = {};

  /** Requests are described as they are sent (defaults optional), answers as they are received. */
  convert(schema: z.ZodType, io: "input" | "output"): JsonSchema {
    const converted = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema & { $defs?: Record<string, JsonSchema> };
    const { $schema: _dialect, $defs = {}, ...root } = converted;
    const renames = new Map<string, string>();
    for (const [name, definition] of Object.entries($defs)) renames.set(name, this.place(name, rewriteRefs(definition, (n) => n) as JsonSchema));
    const rename = (name: string) => renames.get(name) ?? name;
    for (const [name, definition] of Object.entries($defs)) this.components[rename(name)] = rewriteRefs(definition, rename) as JsonSchema;
    return rewriteRefs(root, rename) as JsonSchema;
  }

  // The same name with another shape (an input and an output view) gets a suffix.
  private place(name: string, definition: JsonSchema): string {
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? name : `${name}${n}`;
      const existing = this.components[candidate];
      if (!existing || JSON.stringify(existing) === JSON.stringify(definition)) {
        this.components[candidate] = definition;
        return candidate;
      }
    }
  }
}

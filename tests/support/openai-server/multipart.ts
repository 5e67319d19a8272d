/**
 * multipart/form-data parsing with the WHATWG `Request` built into Node, plus type coercion of the
 * text fields according to the spec schema (form fields are strings on the wire: "2" for `n`,
 * "true" for `stream`).
 */
import { getSchema, isObject, resolveRef, type Json, type JsonObject } from "./spec";
import { sha256 } from "./images";

export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string;
  bytes: Buffer;
  sha256: string;
}

export interface RecordedFile {
  filename: string;
  contentType: string;
  bytes: number;
  sha256: string;
}

export interface ParsedForm {
  /** Text fields (coerced) and files (as placeholders "<binary>") for schema validation. */
  forValidation: JsonObject;
  /** Text fields (coerced) and files (as descriptors) for `RecordedRequest.body`. */
  forRecord: Record<string, unknown>;
  files: Map<string, UploadedFile[]>;
  /** Field names as they appeared on the wire (e.g. "image[]"). */
  rawFieldNames: string[];
}

function collectTypes(schema: Json | undefined, depth = 0): Set<string> {
  const types = new Set<string>();
  if (!isObject(schema) || depth > 6) return types;
  if (typeof schema.$ref === "string") return collectTypes(resolveRef(schema.$ref), depth + 1);
  const t = schema.type;
  if (typeof t === "string") types.add(t);
  if (Array.isArray(t)) for (const x of t) if (typeof x === "string") types.add(x);
  for (const combo of ["anyOf", "oneOf", "allOf"] as const) {
    const list = schema[combo];
    if (Array.isArray(list)) for (const sub of list) for (const x of collectTypes(sub, depth + 1)) types.add(x);
  }
  return types;
}

function coerce(value: string, types: Set<string>): Json {
  if ((types.has("integer") || types.has("number")) && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (types.has("boolean") && (value === "true" || value === "false")) return value === "true";
  if (types.has("null") && value === "null") return null;
  return value;
}

export async function parseMultipart(body: Buffer, contentType: string, schemaName: string): Promise<ParsedForm> {
  const request = new Request("http://127.0.0.1/upload", {
    method: "POST",
    headers: { "content-type": contentType },
    body: new Uint8Array(body),
  });
  const form = await request.formData();
  const schema = getSchema(schemaName);
  const properties = schema && isObject(schema.properties) ? schema.properties : {};
  const forValidation: JsonObject = {};
  const forRecord: Record<string, unknown> = {};
  const files = new Map<string, UploadedFile[]>();
  const rawFieldNames: string[] = [];
  const arrayFields = new Set<string>();

  for (const [rawName, value] of form.entries()) {
    rawFieldNames.push(rawName);
    const isArray = rawName.endsWith("[]");
    const name = isArray ? rawName.slice(0, -2) : rawName;
    if (isArray) arrayFields.add(name);
    let validationValue: Json;
    let recordValue: unknown;
    if (typeof value === "string") {
      const coerced = coerce(value, collectTypes(properties[name]));
      validationValue = coerced;
      recordValue = coerced;
    } else {
      const bytes = Buffer.from(await value.arrayBuffer());
      const file: UploadedFile = {
        field: name,
        filename: value.name,
        contentType: value.type || "application/octet-stream",
        bytes,
        sha256: sha256(bytes),
      };
      const list = files.get(name) ?? [];
      list.push(file);
      files.set(name, list);
      validationValue = "<binary>";
      const descriptor: RecordedFile = {
        filename: file.filename,
        contentType: file.contentType,
        bytes: bytes.length,
        sha256: file.sha256,
      };
      recordValue = descriptor;
    }
    if (isArray || name in forValidation) {
      const prevV = forValidation[name];
      forValidation[name] = Array.isArray(prevV) ? [...prevV, validationValue] : prevV === undefined ? [validationValue] : [prevV, validationValue];
      const prevR = forRecord[name];
      forRecord[name] = Array.isArray(prevR) ? [...prevR, recordValue] : prevR === undefined ? [recordValue] : [prevR, recordValue];
    } else {
      forValidation[name] = validationValue;
      forRecord[name] = recordValue;
    }
  }
  return { forValidation, forRecord, files, rawFieldNames };
}

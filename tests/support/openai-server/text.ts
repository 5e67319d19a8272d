/**
 * Deterministic answers for the text endpoints: chat completions, responses, moderations (the
 * model list lives in catalog.ts).
 * All bodies follow the spec's response schemas (checked in tests/unit/openai-server.test.ts).
 */
import { randomBytes } from "node:crypto";
import { isObject, type Json, type JsonObject } from "./spec";
import { textTokens } from "./models";

export const PHOTO_DESCRIPTION = "A smiling child with curly hair holding a ball";

export function sceneDescription(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim().replace(/[.!?\s]+$/, "").slice(0, 300);
  return `A cheerful scene: ${clean === "" ? "a sunny day in the park" : clean}, drawn with simple shapes`;
}

export function randomId(prefix: string, bytes = 12): string {
  return `${prefix}${randomBytes(bytes).toString("hex")}`;
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}

interface PromptInfo {
  /** Text of the last user message. */
  text: string;
  /** Whether the last user message carries an image. */
  hasImage: boolean;
  /** Every piece of text in the request (for token counts). */
  allText: string;
  imageCount: number;
}

function partsInfo(content: unknown, imageTypes: readonly string[]): { text: string; images: number } {
  if (typeof content === "string") return { text: content, images: 0 };
  if (!Array.isArray(content)) return { text: "", images: 0 };
  const texts: string[] = [];
  let images = 0;
  for (const part of content) {
    if (!isObject(part)) continue;
    if (typeof part.text === "string") texts.push(part.text);
    if (typeof part.type === "string" && imageTypes.includes(part.type)) images += 1;
  }
  return { text: texts.join(" "), images };
}

function promptInfo(messages: unknown, imageTypes: readonly string[]): PromptInfo {
  const info: PromptInfo = { text: "", hasImage: false, allText: "", imageCount: 0 };
  if (typeof messages === "string") {
    return { text: messages, hasImage: false, allText: messages, imageCount: 0 };
  }
  if (!Array.isArray(messages)) return info;
  const all: string[] = [];
  let lastUser: { text: string; images: number } | undefined;
  for (const message of messages) {
    if (!isObject(message)) continue;
    const parts = partsInfo(message.content, imageTypes);
    all.push(parts.text);
    info.imageCount += parts.images;
    if (message.role === "user" || message.role === undefined) lastUser = parts;
  }
  info.allText = all.join("\n");
  if (lastUser) {
    info.text = lastUser.text;
    info.hasImage = lastUser.images > 0;
  }
  return info;
}

function answerText(info: PromptInfo): string {
  return info.hasImage ? PHOTO_DESCRIPTION : sceneDescription(info.text);
}

// ---------------------------------------------------------------------------------------------
// JSON Schema → a deterministic sample instance (for structured outputs)

function resolveLocalRef(ref: string, root: JsonObject): JsonObject | undefined {
  if (!ref.startsWith("#/")) return undefined;
  let node: Json | undefined = root;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!isObject(node)) return undefined;
    node = node[key];
  }
  return isObject(node) ? node : undefined;
}

function sampleString(schema: JsonObject, key: string, text: string, index: number): string {
  if (schema.format === "uri" || schema.format === "url") return `https://example.com/${key || "item"}/${index + 1}`;
  if (schema.format === "date-time") return "2026-01-01T00:00:00Z";
  if (schema.format === "date") return "2026-01-01";
  const k = key.toLowerCase();
  let value: string;
  if (/title|name|heading/.test(k)) value = `Scene ${index + 1}`;
  else if (/id$/.test(k)) value = `${k || "id"}-${index + 1}`;
  else value = index > 0 ? `${text} (${index + 1})` : text;
  const max = typeof schema.maxLength === "number" ? schema.maxLength : undefined;
  const min = typeof schema.minLength === "number" ? schema.minLength : 0;
  if (max !== undefined) value = value.slice(0, max);
  while (value.length < min) value += " and more";
  return max !== undefined ? value.slice(0, max) : value;
}

export function sampleFromSchema(schema: Json, root: JsonObject, text: string, key = "", index = 0, depth = 0): Json {
  if (!isObject(schema) || depth > 12) return null;
  if (typeof schema.$ref === "string") {
    const target = resolveLocalRef(schema.$ref, root);
    return target ? sampleFromSchema(target, root, text, key, index, depth + 1) : null;
  }
  if ("const" in schema && schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) {
    const first = schema.enum.find((v) => v !== null);
    return first === undefined ? null : first;
  }
  for (const combo of ["anyOf", "oneOf"] as const) {
    const options = schema[combo];
    if (Array.isArray(options) && options.length > 0) {
      const pick = options.find((o) => !(isObject(o) && o.type === "null")) ?? options[0];
      return pick === undefined ? null : sampleFromSchema(pick, root, text, key, index, depth + 1);
    }
  }
  if (Array.isArray(schema.allOf)) {
    const merged: JsonObject = {};
    for (const part of schema.allOf) {
      const value = sampleFromSchema(part, root, text, key, index, depth + 1);
      if (isObject(value)) Object.assign(merged, value);
    }
    return merged;
  }
  let type = schema.type;
  if (Array.isArray(type)) type = type.find((t) => t !== "null") ?? "null";
  if (type === undefined && isObject(schema.properties)) type = "object";
  switch (type) {
    case "object": {
      const out: JsonObject = {};
      if (isObject(schema.properties)) {
        for (const [name, sub] of Object.entries(schema.properties)) {
          out[name] = sampleFromSchema(sub, root, text, name, index, depth + 1);
        }
      }
      return out;
    }
    case "array": {
      const min = typeof schema.minItems === "number" ? schema.minItems : 0;
      const max = typeof schema.maxItems === "number" ? schema.maxItems : 3;
      const count = Math.max(min, Math.min(3, max));
      const items: Json[] = [];
      for (let i = 0; i < count; i += 1) {
        items.push(sampleFromSchema(schema.items ?? {}, root, text, key, i, depth + 1));
      }
      return items;
    }
    case "string":
      return sampleString(schema, key, text, index);
    case "integer":
    case "number": {
      const min = typeof schema.minimum === "number" ? schema.minimum : 1;
      const max = typeof schema.maximum === "number" ? schema.maximum : min + 10;
      const value = Math.min(max, min + index);
      return type === "integer" ? Math.ceil(value) : value;
    }
    case "boolean":
      return true;
    case "null":
      return null;
    default:
      return text;
  }
}

function structuredContent(format: unknown, description: string): string | undefined {
  if (!isObject(format)) return undefined;
  if (format.type === "json_object") return JSON.stringify({ description });
  if (format.type !== "json_schema") return undefined;
  // Chat completions: { type, json_schema: { name, schema } }; Responses: { type, name, schema }.
  const holder = isObject(format.json_schema) ? format.json_schema : format;
  const schema = holder.schema;
  if (!isObject(schema)) return JSON.stringify({ description });
  return JSON.stringify(sampleFromSchema(schema, schema, description));
}

// ---------------------------------------------------------------------------------------------
// Chat completions

export interface ChatAnswer {
  body: JsonObject;
  /** SSE chunks when `stream: true` (without the final `[DONE]`). */
  chunks?: JsonObject[];
}

export function chatCompletion(request: JsonObject): ChatAnswer {
  const info = promptInfo(request.messages, ["image_url"]);
  const description = answerText(info);
  const content = structuredContent(request.response_format, description) ?? description;
  const model = typeof request.model === "string" ? request.model : "gpt-4o-mini";
  const promptTokens = textTokens(info.allText) + 3 * (Array.isArray(request.messages) ? request.messages.length : 1) + 85 * info.imageCount;
  const completionTokens = textTokens(content);
  const usage: JsonObject = {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: 0,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
  const id = randomId("chatcmpl-");
  const created = now();
  const body: JsonObject = {
    id,
    object: "chat.completion",
    created,
    model,
    choices: [
      {
        index: 0,
        message: { role: "assistant", content, refusal: null, annotations: [] },
        logprobs: null,
        finish_reason: "stop",
      },
    ],
    usage,
    service_tier: "default",
    system_fingerprint: "fp_inkwell",
  };
  if (request.stream !== true) return { body };
  const base = { id, object: "chat.completion.chunk", created, model, service_tier: "default", system_fingerprint: "fp_inkwell" };
  const pieces = content.match(/.{1,24}/gs) ?? [content];
  const chunks: JsonObject[] = [
    { ...base, choices: [{ index: 0, delta: { role: "assistant", content: "", refusal: null }, logprobs: null, finish_reason: null }] },
    ...pieces.map((piece) => ({ ...base, choices: [{ index: 0, delta: { content: piece }, logprobs: null, finish_reason: null }] })),
    { ...base, choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: "stop" }] },
  ];
  const streamOptions = request.stream_options;
  if (isObject(streamOptions) && streamOptions.include_usage === true) {
    chunks.push({ ...base, choices: [], usage });
  }
  return { body, chunks };
}

// ---------------------------------------------------------------------------------------------
// Responses (minimal, non-streaming)

export function responsesAnswer(request: JsonObject): JsonObject {
  const info = promptInfo(request.input, ["input_image"]);
  const description = answerText(info);
  const text = isObject(request.text) ? request.text.format : undefined;
  const content = structuredContent(text, description) ?? description;
  const inputTokens = textTokens(info.allText) + 85 * info.imageCount + (typeof request.instructions === "string" ? textTokens(request.instructions) : 0);
  const outputTokens = textTokens(content);
  const created = now();
  return {
    id: randomId("resp_", 24),
    object: "response",
    created_at: created,
    status: "completed",
    completed_at: created,
    error: null,
    incomplete_details: null,
    instructions: typeof request.instructions === "string" ? request.instructions : null,
    max_output_tokens: typeof request.max_output_tokens === "number" ? request.max_output_tokens : null,
    model: typeof request.model === "string" ? request.model : "gpt-4o-mini",
    output: [
      {
        type: "message",
        id: randomId("msg_", 24),
        status: "completed",
        role: "assistant",
        content: [{ type: "output_text", text: content, annotations: [], logprobs: [] }],
      },
    ],
    parallel_tool_calls: true,
    previous_response_id: null,
    reasoning: { effort: null, summary: null },
    store: true,
    temperature: 1,
    text: { format: isObject(text) ? text : { type: "text" } },
    tool_choice: "auto",
    tools: [],
    top_p: 1,
    truncation: "disabled",
    usage: {
      input_tokens: inputTokens,
      input_tokens_details: { cached_tokens: 0, cache_write_tokens: 0 },
      output_tokens: outputTokens,
      output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: inputTokens + outputTokens,
    },
    metadata: {},
  };
}

// ---------------------------------------------------------------------------------------------
// Moderations

export const MODERATION_CATEGORIES = [
  "hate",
  "hate/threatening",
  "harassment",
  "harassment/threatening",
  "illicit",
  "illicit/violent",
  "self-harm",
  "self-harm/intent",
  "self-harm/instructions",
  "sexual",
  "sexual/minors",
  "violence",
  "violence/graphic",
] as const;

/** Categories whose `category_applied_input_types` may include "image" (per the spec). */
const IMAGE_CATEGORIES = new Set([
  "self-harm",
  "self-harm/intent",
  "self-harm/instructions",
  "sexual",
  "violence",
  "violence/graphic",
]);

function moderationInputs(input: unknown): { texts: number; hasImage: boolean }[] {
  if (typeof input === "string") return [{ texts: 1, hasImage: false }];
  if (Array.isArray(input) && input.every((i) => typeof i === "string")) {
    return input.map(() => ({ texts: 1, hasImage: false }));
  }
  if (Array.isArray(input)) {
    const hasImage = input.some((i) => isObject(i) && i.type === "image_url");
    const texts = input.filter((i) => isObject(i) && i.type === "text").length;
    return [{ texts, hasImage }];
  }
  return [{ texts: 1, hasImage: false }];
}

export function moderationAnswer(request: JsonObject, flaggedCategories: string[] | undefined): JsonObject {
  const flagged = new Set(flaggedCategories ?? []);
  const results = moderationInputs(request.input).map((entry) => {
    const categories: JsonObject = {};
    const scores: JsonObject = {};
    const applied: JsonObject = {};
    for (const category of MODERATION_CATEGORIES) {
      const hit = flagged.has(category);
      categories[category] = hit;
      scores[category] = hit ? 0.97 : 0.0001;
      const types: Json[] = [];
      if (entry.texts > 0) types.push("text");
      if (entry.hasImage && IMAGE_CATEGORIES.has(category)) types.push("image");
      applied[category] = types;
    }
    return {
      flagged: flagged.size > 0,
      categories,
      category_scores: scores,
      category_applied_input_types: applied,
    };
  });
  return {
    id: randomId("modr-"),
    model: typeof request.model === "string" ? request.model : "omni-moderation-latest",
    results,
  };
}

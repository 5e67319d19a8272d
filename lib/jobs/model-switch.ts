import "server-only";
import { resolveImageModel } from "@/lib/images/lifecycle";

/**
 * The model to use instead of one that answered `model_not_found`: the engine has marked it
 * missing, so the lifecycle resolves it to its first available successor (null when none is).
 */
export function successorModel(model: string): string | null {
  try {
    return resolveImageModel(model).model;
  } catch {
    return null;
  }
}

/**
 * A job's input with its model replaced, so that whichever process runs it next uses the
 * successor even before it has heard of the retirement; `requestedModel` keeps the first model
 * asked for. Inputs are JSON objects with an optional `model` (see each kind's job input schema).
 */
export function inputWithModel(input: string, model: string, from: string): string {
  const parsed: unknown = JSON.parse(input);
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return input;
  const value = parsed as Record<string, unknown>;
  return JSON.stringify({ ...value, model, requestedModel: typeof value.requestedModel === "string" ? value.requestedModel : from });
}

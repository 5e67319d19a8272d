import "server-only";
import OpenAI from "openai";
import { getEnv } from "@/lib/env";

/** The SDK client for this server's OpenAI configuration (the key never leaves the server). */
export function createOpenAIClient(overrides: { timeoutMs?: number; maxRetries?: number } = {}): OpenAI {
  const env = getEnv();
  if (!env.OPENAI_API_KEY) throw new Error("OPENAI_API_KEY is not set");
  return new OpenAI({
    apiKey: env.OPENAI_API_KEY,
    baseURL: env.OPENAI_BASE_URL,
    timeout: overrides.timeoutMs ?? env.OPENAI_TIMEOUT_MS,
    maxRetries: overrides.maxRetries ?? env.OPENAI_MAX_RETRIES,
  });
}

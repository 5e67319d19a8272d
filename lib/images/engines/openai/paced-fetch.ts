import "server-only";
import { slowDownAfterRateLimit } from "@/lib/limits/openai-pace";
import { retryAfterMs } from "@/lib/limits/pace-rules";

/** Whether a request went to one of the image endpoints, whose rate limit the installation shares. */
function isImageCall(input: Parameters<typeof fetch>[0]): boolean {
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  return /\/images\/(generations|edits|variations)(\?|$)/.test(url);
}

/**
 * The OpenAI client's fetch: it sees every answer, the SDK's own retries included, so a 429 on an
 * image call slows the whole installation down at once (see `lib/limits/openai-pace.ts`).
 */
export const pacedFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  if (response.status === 429 && isImageCall(input)) await slowDownAfterRateLimit(retryAfterMs(response.headers));
  return response;
};

import type OpenAI from "openai";
import type { ModerationResult } from "../types";

/** OpenAI's moderation of a photo or a text (free): flagged or not, and the categories it names. */
export async function moderateInput(client: OpenAI, input: { image?: Buffer; text?: string }, signal?: AbortSignal): Promise<ModerationResult> {
  const parts: OpenAI.ModerationMultiModalInput[] = [];
  if (input.text) parts.push({ type: "text", text: input.text });
  if (input.image) parts.push({ type: "image_url", image_url: { url: `data:image/jpeg;base64,${input.image.toString("base64")}` } });
  const result = await client.moderations.create({ model: "omni-moderation-latest", input: parts }, { signal });
  const categories = new Set<string>();
  let flagged = false;
  for (const r of result.results) {
    if (!r.flagged) continue;
    flagged = true;
    for (const [name, on] of Object.entries(r.categories)) if (on) categories.add(name);
  }
  return { flagged, categories: [...categories] };
}

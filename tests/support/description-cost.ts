import { coloringRequestSchema } from "@/lib/coloring/schema";
import { getEngine } from "@/lib/images/engines";

/**
 * What OpenAI bills for describing a theme page's theme: the text call each attempt at the page
 * makes before it draws, billed whatever the image call does next. Made through the engine as
 * configured now (call it after the page, so that it does not change the requests a test reads).
 */
export async function themeDescriptionCost(theme: string, userId: string): Promise<number> {
  const { ageGroup } = coloringRequestSchema.parse({ theme });
  const description = await getEngine("openai", { purpose: "page" }).describeTheme({ theme, ageGroup }, { userId });
  if (description.usage.costMicroUsd <= 0) throw new Error("the description was billed nothing");
  return description.usage.costMicroUsd;
}

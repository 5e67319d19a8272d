import "server-only";
import type { EngineImage, EngineUsage, ImageEngine } from "@/lib/images/engines/types";
import { makePrintReady, type PrintOptions, type PrintResult } from "@/lib/images/print";
import { buildCorrectivePrompt, isBetterPrintCheck } from "@/lib/images/print-check";
import type { Quality } from "@/lib/shared/options";

export interface CorrectiveRetryInput {
  engine: ImageEngine;
  /** The engine's picture and the print-ready page made from it. */
  image: EngineImage;
  page: PrintResult;
  /** The prompt the picture was drawn from; the correction is added to it. */
  prompt: string;
  size: { width: number; height: number };
  quality: Quality;
  print: PrintOptions;
  context: { signal: AbortSignal; userId: string };
}

export interface CorrectiveRetryResult {
  image: EngineImage;
  page: PrintResult;
  /** Both calls, when the retry was made: each is billed, whichever page is kept. */
  usage: EngineUsage;
  retried: boolean;
}

function addUsage(a: EngineUsage, b: EngineUsage): EngineUsage {
  return {
    inputTextTokens: a.inputTextTokens + b.inputTextTokens,
    inputImageTokens: a.inputImageTokens + b.inputImageTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    costMicroUsd: a.costMicroUsd + b.costMicroUsd,
    ...(a.svg ? { svg: a.svg } : {}),
  };
}

/**
 * An OpenAI page that still fails its print check after repair gets one edit of its own picture,
 * asked to correct what failed (`buildCorrectivePrompt`). The better page of the two is kept and
 * both calls are billed; the estimate counted the retry as "up to". The offline engine is
 * deterministic, so asking it again would draw the same page: it is never retried.
 */
export async function retryIfStillFailing(input: CorrectiveRetryInput): Promise<CorrectiveRetryResult> {
  const { engine, image, page } = input;
  const correction = engine.id === "openai" && engine.capabilities.edit ? buildCorrectivePrompt(page.printCheck) : null;
  if (!correction) return { image, page, usage: image.usage, retried: false };
  const edited = await engine.edit(
    { image: image.png, prompt: `${input.prompt}\n\n${correction}`, width: input.size.width, height: input.size.height, quality: input.quality },
    input.context,
  );
  const second = await makePrintReady(edited.png, input.print);
  const usage = addUsage(image.usage, edited.usage);
  return isBetterPrintCheck(second.printCheck, page.printCheck)
    ? { image: edited, page: second, usage, retried: true }
    : { image, page, usage, retried: true };
}

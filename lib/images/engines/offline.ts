import "server-only";
import { AppError } from "@/lib/errors";
import { composeColoringPage, describeThemeOffline } from "../offline";
import { composeStoryboardFrame } from "../offline/storyboard";
import {
  NO_USAGE,
  type DescribePhotoRequest,
  type DescribeThemeRequest,
  type Description,
  type EngineContext,
  type EngineImage,
  type GenerateRequest,
  type ImageEngine,
} from "./types";

export const OFFLINE_MODEL = "offline-composer";

/**
 * The built-in engine: composes coloring pages (line art) and draft storyboard frames for script
 * scenes from bundled open-licensed artwork. No key, no network, no cost.
 */
export class OfflineEngine implements ImageEngine {
  readonly id = "offline" as const;
  readonly model = OFFLINE_MODEL;
  readonly capabilities = { edit: false, partialImages: false, describePhoto: false, paid: false, vector: false };

  async describeTheme(request: DescribeThemeRequest): Promise<Description> {
    return { text: describeThemeOffline(request.theme, request.ageGroup), usage: NO_USAGE };
  }

  async describePhoto(_request: DescribePhotoRequest): Promise<Description> {
    throw new AppError("unsupported:engine", "The offline engine cannot describe photos; use Trace, or configure OpenAI to redraw.");
  }

  async generate(request: GenerateRequest, context?: EngineContext): Promise<EngineImage> {
    context?.signal?.throwIfAborted();
    if (request.purpose === "scene") {
      const frame = await composeStoryboardFrame(request);
      context?.onProgress?.(90);
      return { png: frame.png, width: frame.width, height: frame.height, model: OFFLINE_MODEL, usage: NO_USAGE };
    }
    const page = await composeColoringPage(request);
    context?.onProgress?.(90);
    return { png: page.png, svg: page.svg, width: page.width, height: page.height, model: OFFLINE_MODEL, usage: NO_USAGE };
  }

  async edit(): Promise<EngineImage> {
    throw new AppError("unsupported:edit", "Prompt edits need the OpenAI engine (set OPENAI_API_KEY).");
  }
}

import "server-only";
import OpenAI, { toFile } from "openai";
import { AppError } from "@/lib/errors";
import { textCostMicroUsd } from "../../cost";
import { imageModelOrThrow, textModelOrThrow, type ImageModelInfo } from "../../models";
import { photoDescriptionInstructions, themeExpansionInstructions } from "../../prompts/coloring";
import type {
  DescribePhotoRequest,
  DescribeThemeRequest,
  Description,
  EditRequest,
  EngineContext,
  EngineImage,
  GenerateRequest,
  ImageEngine,
  ModerationResult,
} from "../types";
import { toAppError } from "./errors";
import { imageBytes, toEngineImage, usageFrom } from "./images";

export interface OpenAIEngineConfig {
  apiKey: string;
  baseURL?: string;
  imageModel: string;
  textModel: string;
  timeoutMs: number;
  maxRetries: number;
  /** Partial previews to ask for while streaming (0 turns streaming off). */
  partialImages?: number;
}

const STREAM_PARTIALS = 2;

/** The paid engine: OpenAI's Images API through the official SDK. */
export class OpenAIEngine implements ImageEngine {
  readonly id = "openai" as const;
  readonly model: string;
  readonly capabilities;
  private readonly client: OpenAI;
  private readonly info: ImageModelInfo;
  private readonly textModel: string;
  private readonly partials: number;

  constructor(config: OpenAIEngineConfig) {
    this.info = imageModelOrThrow(config.imageModel);
    textModelOrThrow(config.textModel);
    this.model = this.info.id;
    this.textModel = config.textModel;
    this.partials = this.info.streaming ? (config.partialImages ?? STREAM_PARTIALS) : 0;
    this.capabilities = { edit: this.info.edits, partialImages: this.partials > 0, describePhoto: true, paid: true };
    this.client = new OpenAI({
      apiKey: config.apiKey,
      baseURL: config.baseURL,
      timeout: config.timeoutMs,
      maxRetries: config.maxRetries,
    });
  }

  get modelInfo(): ImageModelInfo {
    return this.info;
  }

  private async complete(instructions: string, content: OpenAI.Chat.ChatCompletionContentPart[], signal?: AbortSignal): Promise<Description> {
    try {
      const answer = await this.client.chat.completions.create(
        {
          model: this.textModel,
          messages: [
            { role: "system", content: instructions },
            { role: "user", content },
          ],
          max_completion_tokens: 200,
        },
        { signal },
      );
      const text = answer.choices[0]?.message?.content?.trim();
      if (!text) throw new AppError("provider:bad_response", "OpenAI answered without a description. Please try again.");
      const usage = { inputTokens: answer.usage?.prompt_tokens ?? 0, outputTokens: answer.usage?.completion_tokens ?? 0 };
      return {
        text,
        usage: {
          inputTextTokens: usage.inputTokens,
          inputImageTokens: 0,
          outputTokens: usage.outputTokens,
          costMicroUsd: textCostMicroUsd(this.textModel, usage),
        },
      };
    } catch (error) {
      throw toAppError(error, this.textModel);
    }
  }

  describeTheme(request: DescribeThemeRequest, context?: EngineContext): Promise<Description> {
    return this.complete(themeExpansionInstructions(request.ageGroup), [{ type: "text", text: request.theme }], context?.signal);
  }

  describePhoto(request: DescribePhotoRequest, context?: EngineContext): Promise<Description> {
    const url = `data:image/jpeg;base64,${request.photo.toString("base64")}`;
    return this.complete(
      photoDescriptionInstructions(request.ageGroup),
      [
        { type: "text", text: "Describe this photo for a coloring page." },
        { type: "image_url", image_url: { url, detail: "low" } },
      ],
      context?.signal,
    );
  }

  async moderate(input: { image?: Buffer; text?: string }, context?: EngineContext): Promise<ModerationResult> {
    const parts: OpenAI.ModerationMultiModalInput[] = [];
    if (input.text) parts.push({ type: "text", text: input.text });
    if (input.image) parts.push({ type: "image_url", image_url: { url: `data:image/jpeg;base64,${input.image.toString("base64")}` } });
    try {
      const result = await this.client.moderations.create({ model: "omni-moderation-latest", input: parts }, { signal: context?.signal });
      const categories = new Set<string>();
      let flagged = false;
      for (const r of result.results) {
        if (!r.flagged) continue;
        flagged = true;
        for (const [name, on] of Object.entries(r.categories)) if (on) categories.add(name);
      }
      return { flagged, categories: [...categories] };
    } catch (error) {
      throw toAppError(error, "omni-moderation-latest");
    }
  }

  async generate(request: GenerateRequest, context?: EngineContext): Promise<EngineImage> {
    const size = `${request.width}x${request.height}`;
    const quality = request.purpose === "coloring" ? request.options.quality : request.quality;
    const base = { model: this.model, prompt: request.prompt, size, quality, n: 1, output_format: "png" as const, moderation: "auto" as const };
    try {
      if (this.partials > 0 && context?.onPartial) {
        const stream = await this.client.images.generate({ ...base, stream: true, partial_images: this.partials }, { signal: context.signal });
        for await (const event of stream) {
          if (event.type === "image_generation.partial_image") {
            context.onProgress?.(Math.min(90, 20 + 70 * ((event.partial_image_index + 1) / (this.partials + 1))));
            await context.onPartial(Buffer.from(event.b64_json, "base64"), event.partial_image_index);
          } else if (event.type === "image_generation.completed") {
            return await toEngineImage(Buffer.from(event.b64_json, "base64"), this.model, usageFrom(this.model, event.usage));
          }
        }
        throw new AppError("provider:bad_response", "OpenAI's stream ended without an image. Please try again.");
      }
      const answer = await this.client.images.generate(base, { signal: context?.signal });
      const item = answer.data?.[0];
      const bytes = await imageBytes(item, context?.signal);
      return await toEngineImage(bytes, this.model, usageFrom(this.model, answer.usage), item?.revised_prompt);
    } catch (error) {
      throw toAppError(error, this.model);
    }
  }

  async edit(request: EditRequest, context?: EngineContext): Promise<EngineImage> {
    if (!this.info.edits) throw new AppError("unsupported:edit", `${this.model} cannot edit images.`);
    const images = [request.image, ...(request.extraImages ?? [])].slice(0, this.info.maxInputImages);
    try {
      const files = await Promise.all(images.map((bytes, i) => toFile(bytes, `image-${i}.png`, { type: "image/png" })));
      const answer = await this.client.images.edit(
        {
          model: this.model,
          image: files.length === 1 ? files[0]! : files,
          mask: request.mask ? await toFile(request.mask, "mask.png", { type: "image/png" }) : undefined,
          prompt: request.prompt,
          size: `${request.width}x${request.height}`,
          quality: request.quality,
          n: 1,
          output_format: "png",
          ...(this.info.inputFidelity && request.highFidelity ? { input_fidelity: "high" as const } : {}),
        },
        { signal: context?.signal },
      );
      const item = answer.data?.[0];
      const bytes = await imageBytes(item, context?.signal);
      return await toEngineImage(bytes, this.model, usageFrom(this.model, answer.usage), item?.revised_prompt);
    } catch (error) {
      throw toAppError(error, this.model);
    }
  }
}

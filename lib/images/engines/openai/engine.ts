import "server-only";
import OpenAI, { toFile } from "openai";
import { reportBilledCall } from "@/lib/billing/billed-calls";
import { AppError, withBilledCost } from "@/lib/errors";
import { textCostMicroUsd } from "../../cost";
import { markModelMissing } from "../../lifecycle/catalog";
import { modelAvailability } from "../../lifecycle/availability";
import { imageModelOrThrow, textModelOrThrow, type ImageModelInfo } from "../../models";
import { photoDescriptionInstructions, themeExpansionInstructions } from "../../prompts/coloring";
import { bookScenesAnswerSchema, bookScenesInstructions, bookScenesJsonSchema } from "../../prompts/book-scenes";
import type {
  DescribePhotoRequest,
  DescribeThemeRequest,
  Description,
  EditRequest,
  EngineCapabilities,
  EngineContext,
  EngineImage,
  EngineUsage,
  GenerateRequest,
  ImageEngine,
  ModerationResult,
  PlanScenesRequest,
  ScenePlan,
} from "../types";
import { toAppError } from "./errors";
import { imageBytes, svgUsageFrom, toEngineImage, usageFrom } from "./images";
import { moderateInput } from "./moderation";
import { editParams, generateParams } from "./params";
import { safetyIdentifier } from "./safety-identifier";
import { toVectorImage } from "./vector";
import { withOpenAICallSlot } from "@/lib/limits/openai-calls";
import { pacedFetch } from "./paced-fetch";

export interface OpenAIEngineConfig {
  apiKey: string;
  baseURL?: string;
  imageModel: string;
  textModel: string;
  timeoutMs: number;
  maxRetries: number;
  /** Partial previews to ask for while streaming (0 turns streaming off). */
  partialImages?: number;
  /** The server secret that keys each user's `safety_identifier` (AUTH_SECRET). */
  safetySecret?: string;
  /** `svg.model` for vector output, for projects with SVG model selection. */
  svgModel?: string;
}

const STREAM_PARTIALS = 2;

/** The paid engine: OpenAI's Images API through the official SDK, for one image model. */
export class OpenAIEngine implements ImageEngine {
  readonly id = "openai" as const;
  readonly model: string;
  readonly capabilities: EngineCapabilities;
  private readonly client: OpenAI;
  private readonly info: ImageModelInfo;
  private readonly textModel: string;
  private readonly partials: number;
  private readonly safetySecret?: string;
  private readonly svgModel?: string;

  constructor(config: OpenAIEngineConfig) {
    this.info = imageModelOrThrow(config.imageModel);
    textModelOrThrow(config.textModel);
    this.model = this.info.id;
    this.textModel = config.textModel;
    this.partials = this.info.streaming ? (config.partialImages ?? STREAM_PARTIALS) : 0;
    this.safetySecret = config.safetySecret;
    this.svgModel = config.svgModel;
    this.capabilities = { edit: this.info.edits !== null, partialImages: this.partials > 0, describePhoto: true, paid: true, vector: this.info.svg };
    this.client = new OpenAI({ apiKey: config.apiKey, baseURL: config.baseURL, timeout: config.timeoutMs, maxRetries: config.maxRetries, fetch: pacedFetch });
  }

  get modelInfo(): ImageModelInfo {
    return this.info;
  }

  /** Every call carries the user's keyed hash; a call without a user is a mistake in Inkwell, not the user's. */
  private safetyId(context: EngineContext | undefined): string {
    if (!context?.userId) throw new AppError("internal:no_user", "An OpenAI call was made without the user it is for.");
    if (!this.safetySecret) {
      throw new AppError("config:auth_secret", "AUTH_SECRET is not set on this server; OpenAI calls need it to identify users anonymously.");
    }
    return safetyIdentifier(context.userId, this.safetySecret);
  }

  /** A retired model is never sent a request, even by an engine made before it retired. */
  private assertUsable(): void {
    const availability = modelAvailability(this.model);
    if (!availability.usable) {
      throw new AppError("provider:model_not_found", `OpenAI no longer offers ${this.model}. Inkwell will use its successor for the next images.`, { model: this.model });
    }
  }

  private failure(error: unknown, model: string): AppError {
    const appError = toAppError(error, model);
    if (appError.code === "provider:model_not_found" && model === this.model) markModelMissing(model);
    return appError;
  }

  private async complete(instructions: string, content: OpenAI.Chat.ChatCompletionContentPart[], context: EngineContext | undefined): Promise<Description> {
    let billed = 0;
    try {
      const answer = await this.client.chat.completions.create(
        {
          model: this.textModel,
          messages: [
            { role: "system", content: instructions },
            { role: "user", content },
          ],
          max_completion_tokens: 200,
          safety_identifier: this.safetyId(context),
        },
        { signal: context?.signal },
      );
      const usage = { inputTokens: answer.usage?.prompt_tokens ?? 0, outputTokens: answer.usage?.completion_tokens ?? 0 };
      billed = textCostMicroUsd(this.textModel, usage);
      await reportBilledCall(billed);
      const text = answer.choices[0]?.message?.content?.trim();
      if (!text) throw new AppError("provider:bad_response", "OpenAI answered without a description. Please try again.");
      return {
        text,
        usage: { inputTextTokens: usage.inputTokens, inputImageTokens: 0, outputTokens: usage.outputTokens, costMicroUsd: billed },
      };
    } catch (error) {
      throw withBilledCost(this.failure(error, this.textModel), billed);
    }
  }

  describeTheme(request: DescribeThemeRequest, context?: EngineContext): Promise<Description> {
    return this.complete(themeExpansionInstructions(request.ageGroup), [{ type: "text", text: request.theme }], context);
  }

  /** One structured-output call for the whole book; an answer that breaks the rules is billed and refused. */
  async planScenes(request: PlanScenesRequest, context?: EngineContext): Promise<ScenePlan> {
    let billed = 0;
    try {
      const answer = await this.client.chat.completions.create(
        {
          model: this.textModel,
          messages: [
            { role: "system", content: bookScenesInstructions(request) },
            { role: "user", content: request.theme },
          ],
          response_format: { type: "json_schema", json_schema: { name: "book_scenes", strict: true, schema: bookScenesJsonSchema(request.count) } },
          max_completion_tokens: 100 + 80 * request.count,
          safety_identifier: this.safetyId(context),
        },
        { signal: context?.signal },
      );
      const usage = { inputTokens: answer.usage?.prompt_tokens ?? 0, outputTokens: answer.usage?.completion_tokens ?? 0 };
      billed = textCostMicroUsd(this.textModel, usage);
      await reportBilledCall(billed);
      const costUsage = { inputTextTokens: usage.inputTokens, inputImageTokens: 0, outputTokens: usage.outputTokens, costMicroUsd: billed };
      let parsed: unknown;
      try {
        parsed = JSON.parse(answer.choices[0]?.message?.content ?? "");
      } catch {
        parsed = null;
      }
      const plan = bookScenesAnswerSchema(request.count, request.character).safeParse(parsed);
      if (!plan.success) throw new AppError("provider:bad_response", "OpenAI did not plan the book's scenes as asked.");
      return { scenes: plan.data.scenes, usage: costUsage };
    } catch (error) {
      throw withBilledCost(error instanceof AppError ? error : this.failure(error, this.textModel), billed);
    }
  }

  describePhoto(request: DescribePhotoRequest, context?: EngineContext): Promise<Description> {
    const url = `data:image/jpeg;base64,${request.photo.toString("base64")}`;
    return this.complete(
      photoDescriptionInstructions(request.ageGroup),
      [
        { type: "text", text: "Describe this photo for a coloring page." },
        { type: "image_url", image_url: { url, detail: "low" } },
      ],
      context,
    );
  }

  /** The moderation endpoint takes no `safety_identifier`; it is free and sees only the photo or text. */
  async moderate(input: { image?: Buffer; text?: string }, context?: EngineContext): Promise<ModerationResult> {
    try {
      return await moderateInput(this.client, input, context?.signal);
    } catch (error) {
      throw this.failure(error, "omni-moderation-latest");
    }
  }

  async generate(request: GenerateRequest, context?: EngineContext): Promise<EngineImage> {
    this.assertUsable();
    const params = generateParams(this.info, request, { safetyIdentifier: this.safetyId(context), svgModel: this.svgModel });
    return withOpenAICallSlot(context?.signal, () => this.generateNow(params, request, context));
  }

  private async generateNow(params: ReturnType<typeof generateParams>, request: GenerateRequest, context?: EngineContext): Promise<EngineImage> {
    // Once an answer with usage arrived, the call is billed even if its image cannot be used.
    let billed = 0;
    const priced = async (usage: EngineUsage): Promise<EngineUsage> => {
      billed = usage.costMicroUsd;
      await reportBilledCall(billed);
      return usage;
    };
    try {
      if (params.output_format === "svg") {
        const answer = await this.client.images.generate(params, { signal: context?.signal });
        const svgUsage = svgUsageFrom(answer.svg_usage, this.svgModel ?? "unknown");
        return await toVectorImage(answer.data?.[0], this.model, await priced(usageFrom(this.model, answer.usage, svgUsage)), { width: request.width, height: request.height }, context?.signal);
      }
      if (this.partials > 0 && context?.onPartial) {
        const stream = await this.client.images.generate({ ...params, stream: true, partial_images: this.partials }, { signal: context.signal });
        for await (const event of stream) {
          if (event.type === "image_generation.partial_image") {
            context.onProgress?.(Math.min(90, 20 + 70 * ((event.partial_image_index + 1) / (this.partials + 1))));
            await context.onPartial(Buffer.from(event.b64_json, "base64"), event.partial_image_index);
          } else if (event.type === "image_generation.completed") {
            return await toEngineImage(Buffer.from(event.b64_json, "base64"), this.model, await priced(usageFrom(this.model, event.usage)));
          }
        }
        throw new AppError("provider:bad_response", "OpenAI's stream ended without an image. Please try again.");
      }
      const answer = await this.client.images.generate(params, { signal: context?.signal });
      const item = answer.data?.[0];
      const usage = await priced(usageFrom(this.model, answer.usage));
      return await toEngineImage(await imageBytes(item, context?.signal), this.model, usage, item?.revised_prompt);
    } catch (error) {
      throw withBilledCost(this.failure(error, this.model), billed);
    }
  }

  async edit(request: EditRequest, context?: EngineContext): Promise<EngineImage> {
    this.assertUsable();
    const params = editParams(this.info, request, { safetyIdentifier: this.safetyId(context) });
    const images = [request.image, ...(request.extraImages ?? [])].slice(0, this.info.maxInputImages);
    return withOpenAICallSlot(context?.signal, () => this.editNow(params, images, request, context));
  }

  private async editNow(params: ReturnType<typeof editParams>, images: Buffer[], request: EditRequest, context?: EngineContext): Promise<EngineImage> {
    let billed = 0;
    try {
      const files = await Promise.all(images.map((bytes, i) => toFile(bytes, `image-${i}.png`, { type: "image/png" })));
      const answer = await this.client.images.edit(
        {
          ...params,
          image: files.length === 1 ? files[0]! : files,
          ...(request.mask ? { mask: await toFile(request.mask, "mask.png", { type: "image/png" }) } : {}),
          ...(request.markup ? { markup: await toFile(request.markup, "markup.png", { type: "image/png" }) } : {}),
        },
        { signal: context?.signal },
      );
      const item = answer.data?.[0];
      const usage = usageFrom(this.model, answer.usage);
      billed = usage.costMicroUsd;
      await reportBilledCall(billed);
      return await toEngineImage(await imageBytes(item, context?.signal), this.model, usage, item?.revised_prompt);
    } catch (error) {
      throw withBilledCost(this.failure(error, this.model), billed);
    }
  }
}

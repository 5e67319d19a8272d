import { z } from "zod";
import type { ColoringEstimateView } from "@/lib/coloring/estimate";
import type { HealthReport, PublicHealth } from "@/lib/health";
import type { ImageModelList } from "@/lib/shared/models";
import { QUALITIES } from "@/lib/shared/options";
import { describes } from "../describes";

const qualityPrices = z.partialRecord(z.enum(QUALITIES), z.number());

export const modelListSchema = describes<ImageModelList>()(
  z
    .object({
      openai: z.boolean(),
      defaults: z.object({ page: z.string(), scene: z.string() }),
      source: z.enum(["provider", "table"]),
      checkedAt: z.string().nullable(),
      models: z.array(
        z.object({
          id: z.string(),
          label: z.string(),
          speed: z.enum(["fast", "balanced", "detailed"]),
          status: z.enum(["available", "retiring", "retired"]),
          shutdownDate: z.string().nullable(),
          successor: z.string().nullable(),
          replacement: z.string().nullable(),
          defaultFor: z.array(z.enum(["page", "scene"])),
          capabilities: z.object({
            sizing: z.enum(["fixed", "flexible"]),
            sizes: z.array(z.string()),
            qualities: z.array(z.enum(QUALITIES)),
            complexity: z.boolean(),
            streaming: z.boolean(),
            edits: z.object({ mask: z.boolean(), markup: z.boolean() }).nullable(),
            maxInputImages: z.number().int(),
            transparency: z.boolean(),
            vector: z.boolean(),
          }),
          /** US dollars per million tokens, and the day they were checked. */
          prices: z.object({ textInput: z.number(), imageInput: z.number(), imageOutput: z.number(), checkedOn: z.string() }),
          typicalCostUsd: z.object({ page: qualityPrices, scene: qualityPrices }),
        }),
      ),
    })
    .meta({ id: "ModelList" }),
);

const publicHealth = describes<PublicHealth>()(z.object({ ok: z.boolean() }).strict());
const part = { ok: z.boolean(), error: z.string().optional() };
const healthReport = describes<HealthReport>()(
  z.object({
    ok: z.boolean(),
    database: z.object(part),
    storage: z.object({ ...part, kind: z.string() }),
    engine: z.object({ default: z.string(), openai: z.object({ configured: z.boolean(), imageModel: z.string(), textModel: z.string(), warning: z.string().optional() }) }),
    version: z.string(),
  }),
);

/** `{ ok }` for everyone; an administrator also sees each part. */
export const healthSchema = z.union([publicHealth, healthReport]).meta({ id: "Health", examples: [{ ok: true }] });

export const coloringEstimateAnswerSchema = describes<ColoringEstimateView>()(
  z
    .object({
      engine: z.enum(["openai", "offline"]),
      model: z.string(),
      quality: z.string(),
      vector: z.boolean(),
      /** Up to this much: it includes one corrective retry, billed only if the page still fails its print check. */
      estimatedCostUsd: z.number(),
      correctiveRetryUsd: z.number(),
      svgAuthoringUsd: z.number(),
    })
    .meta({ id: "ColoringEstimate", examples: [{ engine: "offline", model: "offline", quality: "medium", vector: false, estimatedCostUsd: 0, correctiveRetryUsd: 0, svgAuthoringUsd: 0 }] }),
);

/** `GET /api/openapi.json`: an OpenAPI 3.1 document (described here by its top level only). */
export const openApiDocumentSchema = z
  .object({
    openapi: z.string().regex(/^3\.1\.\d+$/),
    info: z.object({ title: z.string(), version: z.string() }).loose(),
    paths: z.record(z.string(), z.record(z.string(), z.unknown())),
    components: z.record(z.string(), z.unknown()),
  })
  .loose();

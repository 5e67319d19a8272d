import { z } from "zod";
import { imageModelIdSchema, imageQualitySchema } from "@/lib/images/model-schema";
import { AGE_GROUPS, ORIENTATIONS, PAPERS } from "@/lib/images/paper";

/** Form fields arrive as text: "true"/"on"/"1" are yes, "false"/"off"/"0" no. */
const formBoolean = z
  .union([z.boolean(), z.enum(["true", "false", "on", "off", "1", "0"])])
  .transform((value) => value === true || value === "true" || value === "on" || value === "1");

/** The options of a photo page, as the multipart form sends them. */
export const photoPageOptionsSchema = z
  .object({
    mode: z.enum(["trace", "redraw"], { error: "Choose trace or redraw." }),
    ageGroup: z.enum(AGE_GROUPS).default("6-9"),
    paper: z.enum(PAPERS).default("letter"),
    orientation: z.enum(ORIENTATIONS).default("portrait"),
    reference: formBoolean.default(false),
    detail: z.coerce.number().int().min(1).max(5).default(3),
    simplifyBackground: formBoolean.default(true),
    quality: imageQualitySchema.default("high"),
    /** Redraw only: an image model this server allows; OPENAI_IMAGE_MODEL when omitted. */
    model: imageModelIdSchema.optional(),
    regenerate: formBoolean.default(false),
  })
  .strict();

export type PhotoPageOptions = z.output<typeof photoPageOptionsSchema>;

export const photoJobInputSchema = photoPageOptionsSchema.extend({
  photoId: z.string().min(1),
  photoSha256: z.string().length(64),
  /** A title for the page: "Photo of Dec 1", in the language of the request. */
  title: z.string().max(120).optional(),
  engine: z.enum(["openai", "offline"]),
  /** The model asked for, when a successor replaced it. */
  requestedModel: z.string().optional(),
});
export type PhotoJobInput = z.output<typeof photoJobInputSchema>;

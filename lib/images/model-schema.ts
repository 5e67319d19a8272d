import { z } from "zod";
import { QUALITIES } from "./models";

/** Any quality a model of the table takes; whether the chosen model takes it is checked with the model. */
export const imageQualitySchema = z.enum(QUALITIES, { error: `Choose a quality: ${QUALITIES.join(", ")}.` });

/** An image model's id, as requests name it; whether this server allows it is checked with the choice. */
export const imageModelIdSchema = z
  .string({ error: "Name the image model as text." })
  .trim()
  .min(1, "Choose an image model.")
  .max(100, "That is not an image model's name.");

import { z } from "zod";
import { addPagesSchema, type AddPages } from "@/lib/shared/books/schema";
import { addScriptPagesSchema, type AddScriptPages } from "./script/schema";

/** `POST /api/books/:id/pages` takes library pages or a script's scenes (as the API document shows it). */
export const bookPagesBodySchema = z.union([addPagesSchema, addScriptPagesSchema]);

export type BookPagesBody = { from: "library"; request: AddPages } | { from: "script"; request: AddScriptPages };

/**
 * Reads the body by what it names, so a mistake is reported against the shape meant (a union's
 * error would name neither): `scriptId` asks for a script's scenes, anything else library pages.
 */
export function parseBookPagesBody(body: unknown): BookPagesBody {
  if (typeof body === "object" && body !== null && "scriptId" in body) return { from: "script", request: addScriptPagesSchema.parse(body) };
  return { from: "library", request: addPagesSchema.parse(body) };
}

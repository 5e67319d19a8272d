import { z } from "zod";

/**
 * A multipart body for the document: the form's own field schema with its file fields beside it.
 * `safeExtend` keeps the fields' refinements (extend refuses refined objects).
 */
export function multipartOf<S extends z.ZodObject>(fields: S, files: Record<string, { required: boolean; description: string }>) {
  const shape = Object.fromEntries(
    Object.entries(files).map(([name, { required, description }]) => {
      const file = z.file().meta({ description });
      return [name, required ? file : file.optional()];
    }),
  );
  return fields.safeExtend(shape);
}

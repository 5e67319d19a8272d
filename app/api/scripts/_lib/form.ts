import { AppError, isAppError } from "@/lib/errors";
import { bodyTooLarge, withBodyLimit } from "@/lib/http/body";

export interface UploadedFile {
  name: string;
  type: string;
  bytes: Buffer;
}

export function isMultipart(request: Request): boolean {
  return (request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
}

/**
 * A multipart body as text fields (blank ones left out, so optional fields stay optional) and
 * files, refused with 413 as soon as the body passes `maxBytes` while it streams (a declared
 * length over it is refused before anything is read).
 */
export async function readForm(request: Request, maxBytes: number): Promise<{ fields: Record<string, string>; files: Map<string, UploadedFile> }> {
  const limited = withBodyLimit(request, maxBytes);
  let form: FormData;
  try {
    form = await limited.request.formData();
  } catch (error) {
    if (limited.exceeded()) throw bodyTooLarge(maxBytes);
    if (isAppError(error)) throw error;
    throw new AppError("invalid:form", "The upload could not be read as a multipart form.");
  }
  const fields: Record<string, string> = {};
  const files = new Map<string, UploadedFile>();
  for (const [name, value] of form.entries()) {
    if (typeof value === "string") {
      if (value.trim() !== "") fields[name] = value;
      continue;
    }
    files.set(name, { name: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()) });
  }
  return { fields, files };
}

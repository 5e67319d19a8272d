import { AppError } from "@/lib/errors";

export interface UploadedFile {
  name: string;
  type: string;
  bytes: Buffer;
}

export function isMultipart(request: Request): boolean {
  return (request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("too_large:upload", `The upload is too large; the limit is ${Math.round(maxBytes / (1024 * 1024))} MB.`);
}

/**
 * A multipart body as text fields (blank ones left out, so optional fields stay optional) and
 * files, refused with 413 past `maxBytes` (by its declared length first, then by its files).
 */
export async function readForm(request: Request, maxBytes: number): Promise<{ fields: Record<string, string>; files: Map<string, UploadedFile> }> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("invalid:form", "The upload could not be read as a multipart form.");
  }
  const fields: Record<string, string> = {};
  const files = new Map<string, UploadedFile>();
  let total = 0;
  for (const [name, value] of form.entries()) {
    if (typeof value === "string") {
      if (value.trim() !== "") fields[name] = value;
      continue;
    }
    total += value.size;
    if (total > maxBytes) throw tooLarge(maxBytes);
    files.set(name, { name: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()) });
  }
  return { fields, files };
}

import type { ImageRecord } from "@/lib/db/images";
import type { ImageView } from "@/lib/shared/views";
import { microToUsd } from "@/lib/shared/money";
import { readStoredPrintCheck } from "./print-check";

export function toImageView(image: ImageRecord): ImageView {
  return {
    id: image.id,
    kind: image.kind,
    title: image.title,
    prompt: image.prompt,
    revisedPrompt: image.revisedPrompt,
    engine: image.engine,
    model: image.model,
    options: JSON.parse(image.options) as unknown,
    width: image.width,
    height: image.height,
    bytes: image.bytes,
    sha256: image.sha256,
    usage: { inputTokens: image.inputTokens, outputTokens: image.outputTokens },
    costUsd: microToUsd(image.costMicroUsd),
    parentId: image.parentId,
    segmentId: image.segmentId,
    variationType: image.variationType,
    printCheck: readStoredPrintCheck(image.id, image.printCheck),
    createdAt: image.createdAt.toISOString(),
    fileUrl: `/api/images/${image.id}/file`,
    pdfUrl: `/api/images/${image.id}/pdf`,
    svgUrl: image.svgStorageKey ? `/api/images/${image.id}/svg` : null,
  };
}

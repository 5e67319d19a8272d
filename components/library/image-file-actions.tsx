"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { buttonClassName, type ButtonVariant } from "@/components/ui/button-styles";
import type { ImageView } from "@/lib/shared/views";

export interface ImageFileActionsProps {
  image: Pick<ImageView, "id" | "fileUrl" | "pdfUrl" | "svgUrl">;
  /** The first action (Download PNG) stands out. */
  primary?: boolean;
}

/** Download PNG, Download PDF, Download SVG (vector pages only) and Print (the print view opens in a new tab). */
export function ImageFileActions({ image, primary = true }: ImageFileActionsProps) {
  const t = useT();
  const first: ButtonVariant = primary ? "primary" : "secondary";
  return (
    <>
      <a href={`${image.fileUrl}?download=1`} download className={buttonClassName({ variant: first, size: "sm" })}>
        {t("common.downloadPng")}
      </a>
      <a href={`${image.pdfUrl}?download=1`} download className={buttonClassName({ variant: "secondary", size: "sm" })}>
        {t("common.downloadPdf")}
      </a>
      {image.svgUrl && (
        <a href={image.svgUrl} download className={buttonClassName({ variant: "secondary", size: "sm" })}>
          {t("common.downloadSvg")}
        </a>
      )}
      <a href={`/print/${image.id}`} target="_blank" rel="noopener" className={buttonClassName({ variant: "secondary", size: "sm" })}>
        {t("common.print")}
      </a>
    </>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { ApiError } from "@/components/api/api-error";
import { fetchJson } from "@/components/api/fetch-json";
import { useT } from "@/components/i18n/i18n-provider";
import { describeError } from "@/components/jobs/job-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useConfirmedAction } from "@/components/ui/use-confirmed-action";
import type { ImageView } from "@/lib/shared/views";
import { ImageFileActions } from "./image-file-actions";

export interface ImageActionsProps {
  image: Pick<ImageView, "id" | "title" | "fileUrl" | "pdfUrl" | "svgUrl">;
}

/** Download, print and delete (after a confirmation) one image of the library. */
export function ImageActions({ image }: ImageActionsProps) {
  const t = useT();
  const router = useRouter();
  const deletion = useConfirmedAction(
    async () => {
      await fetchJson<void>(`/api/images/${encodeURIComponent(image.id)}`, { method: "DELETE" });
      router.push("/library");
      router.refresh();
    },
    (caught) =>
      caught instanceof ApiError && caught.code === "network"
        ? describeError(t, { code: caught.code, message: caught.message })
        : t("image.deleteFailed"),
  );

  return (
    <div className="flex flex-col gap-4">
      <div role="group" aria-label={t("image.actions")} className="flex flex-wrap gap-2">
        <ImageFileActions image={image} />
        <Button variant="danger" size="sm" onClick={deletion.ask}>
          {t("common.delete")}
        </Button>
      </div>
      {deletion.error && <Alert tone="error">{deletion.error}</Alert>}
      <ConfirmDialog
        open={deletion.confirming}
        title={t("image.deleteTitle")}
        description={t("image.deleteDescription", { title: image.title })}
        confirmLabel={t("common.delete")}
        cancelLabel={t("common.cancel")}
        tone="danger"
        loading={deletion.busy}
        onConfirm={deletion.confirm}
        onCancel={deletion.cancel}
      />
    </div>
  );
}

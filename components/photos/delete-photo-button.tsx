"use client";

import { useState } from "react";
import { fetchJson } from "@/components/api/fetch-json";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

export interface DeletePhotoButtonProps {
  photoId: string;
  disabled?: boolean;
  /** The photo and its pages are gone on the server. */
  onDeleted: () => void;
}

/** "Delete this photo and its pages", confirmed first: `DELETE /api/photos/:id`. */
export function DeletePhotoButton({ photoId, disabled, onDeleted }: DeletePhotoButtonProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setDeleting(true);
    setError(null);
    try {
      await fetchJson<{ deletedImages: number }>(`/api/photos/${encodeURIComponent(photoId)}`, { method: "DELETE" });
      setOpen(false);
      onDeleted();
    } catch {
      setError(t("photos.delete.failed"));
    } finally {
      setDeleting(false);
    }
  }

  return (
    <>
      <Button
        variant="secondary"
        size="sm"
        disabled={disabled}
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
        className="text-red-800"
      >
        {t("photos.delete.button")}
      </Button>
      <ConfirmDialog
        open={open}
        tone="danger"
        title={t("photos.delete.title")}
        description={t("photos.delete.description")}
        confirmLabel={t("photos.delete.confirm")}
        cancelLabel={t("common.cancel")}
        loading={deleting}
        onConfirm={() => void confirm()}
        onCancel={() => setOpen(false)}
      >
        {error && <Alert tone="error">{error}</Alert>}
      </ConfirmDialog>
    </>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { callApi, scriptUrl } from "./api";

/** "Delete script" with a confirmation; the images stay in the library. */
export function DeleteScript({ scriptId, title }: { scriptId: string; title: string }) {
  const t = useT();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setDeleting(true);
    setError(null);
    try {
      await callApi<void>(scriptUrl(scriptId), { method: "DELETE" });
      router.push("/scripts");
      router.refresh();
    } catch {
      setDeleting(false);
      setConfirming(false);
      setError(t("scripts.delete.failed"));
    }
  }

  return (
    <div className="flex flex-col items-end gap-2">
      <Button variant="danger" size="sm" onClick={() => setConfirming(true)}>
        {t("scripts.delete.button")}
      </Button>
      {error && <Alert tone="error">{error}</Alert>}
      <ConfirmDialog
        open={confirming}
        title={t("scripts.delete.title")}
        description={t("scripts.delete.description", { title })}
        confirmLabel={t("common.delete")}
        cancelLabel={t("common.cancel")}
        tone="danger"
        loading={deleting}
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { fetchJson } from "@/components/api/fetch-json";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useConfirmedAction } from "@/components/ui/use-confirmed-action";
import { scriptUrl } from "./script-url";

/** "Delete script" with a confirmation; the images stay in the library. */
export function DeleteScript({ scriptId, title }: { scriptId: string; title: string }) {
  const t = useT();
  const router = useRouter();
  const deletion = useConfirmedAction(
    async () => {
      await fetchJson<void>(scriptUrl(scriptId), { method: "DELETE" });
      router.push("/scripts");
      router.refresh();
    },
    () => t("scripts.delete.failed"),
  );

  return (
    <div className="flex flex-col items-end gap-2">
      <Button variant="danger" size="sm" onClick={deletion.ask}>
        {t("scripts.delete.button")}
      </Button>
      {deletion.error && <Alert tone="error">{deletion.error}</Alert>}
      <ConfirmDialog
        open={deletion.confirming}
        title={t("scripts.delete.title")}
        description={t("scripts.delete.description", { title })}
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

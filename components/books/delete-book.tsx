"use client";

import { useRouter } from "next/navigation";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useConfirmedAction } from "@/components/ui/use-confirmed-action";
import { fetchJson } from "@/components/api/fetch-json";
import { bookUrl, errorText } from "./api";

/** "Delete book" with a confirmation; its pages stay in the library. */
export function DeleteBook({ bookId, title }: { bookId: string; title: string }) {
  const t = useT();
  const router = useRouter();
  const deletion = useConfirmedAction(
    async () => {
      await fetchJson<void>(bookUrl(bookId), { method: "DELETE" });
      router.push("/books");
      router.refresh();
    },
    (error) => errorText(t, error),
  );
  return (
    <div className="flex flex-col items-end gap-2">
      <Button variant="danger" size="sm" onClick={deletion.ask}>
        {t("books.delete.button")}
      </Button>
      {deletion.error && <Alert tone="error">{deletion.error}</Alert>}
      <ConfirmDialog
        open={deletion.confirming}
        title={t("books.delete.title")}
        description={t("books.delete.description", { title })}
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

"use client";

import { useState } from "react";
import { fetchJson } from "@/components/api/fetch-json";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { BatchView } from "@/lib/shared/views";
import { errorText } from "./api";

/**
 * Queues a finished batch's failed and canceled pages again, in the same batch; each lands in its
 * planned place when it is made. The answer (the batch, running again) is handed back to be followed.
 */
export function RetryFailed({ batch, onRetried }: { batch: BatchView; onRetried: (batch: BatchView) => void }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const count = batch.counts.failed + batch.counts.canceled;

  async function retry() {
    setBusy(true);
    setError(null);
    try {
      onRetried(await fetchJson<BatchView>(`/api/batches/${encodeURIComponent(batch.id)}/retry`, { method: "POST" }));
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-col items-start gap-2">
      <Button variant="secondary" size="sm" loading={busy} onClick={() => void retry()}>
        {t("books.generate.retryFailed", { count })}
      </Button>
      {error && <Alert tone="error" title={t("books.generate.retryError")}>{error}</Alert>}
    </div>
  );
}

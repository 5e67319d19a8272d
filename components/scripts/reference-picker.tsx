"use client";

import { useEffect, useState } from "react";
import { isAbort } from "@/components/api/api-error";
import { fetchJson } from "@/components/api/fetch-json";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Spinner } from "@/components/ui/spinner";
import type { ImageView } from "@/lib/shared/views";
import { apiErrorText } from "./labels";
import { Modal } from "./modal";
import { MAX_REFERENCES } from "./types";

export interface ReferencePickerProps {
  current: readonly ImageView[];
  onClose: () => void;
  /** Saves the chosen image ids; throws to keep the dialog open with the error. */
  onSave: (ids: string[]) => Promise<void>;
}

type Library = { status: "loading" } | { status: "error" } | { status: "ready"; items: ImageView[] };

/** Up to four images of the library, sent with every scene to keep a character, place or style. */
export function ReferencePicker({ current, onClose, onSave }: ReferencePickerProps) {
  const t = useT();
  const [library, setLibrary] = useState<Library>({ status: "loading" });
  const [chosen, setChosen] = useState<string[]>(() => current.map((image) => image.id));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetchJson<{ items: ImageView[] }>("/api/images?limit=50", { signal: controller.signal })
      .then((answer) => setLibrary({ status: "ready", items: answer.items }))
      .catch((caught: unknown) => {
        if (!isAbort(caught)) setLibrary({ status: "error" });
      });
    return () => controller.abort();
  }, []);

  function toggle(id: string, on: boolean) {
    setChosen((previous) => (on ? [...previous, id].slice(0, MAX_REFERENCES) : previous.filter((item) => item !== id)));
  }

  async function save() {
    setBusy(true);
    setError(null);
    try {
      await onSave(chosen);
      onClose();
    } catch (caught) {
      setBusy(false);
      setError(apiErrorText(t, caught));
    }
  }

  const full = chosen.length >= MAX_REFERENCES;

  return (
    <Modal
      open
      title={t("scripts.references.dialog")}
      onClose={onClose}
      busy={busy}
      size="lg"
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            {t("common.cancel")}
          </Button>
          <Button onClick={() => void save()} loading={busy}>
            {t("common.save")}
          </Button>
        </>
      }
    >
      <p className="text-sm text-ink-muted">{t("scripts.references.hint", { max: MAX_REFERENCES })}</p>
      <p className="text-sm font-semibold text-ink" aria-live="polite">
        {t("scripts.references.count", { count: chosen.length, max: MAX_REFERENCES })}
      </p>
      {library.status === "loading" && <Spinner label={t("scripts.references.loading")} className="py-6" />}
      {library.status === "error" && <Alert tone="error">{t("scripts.references.loadFailed")}</Alert>}
      {library.status === "ready" && library.items.length === 0 && <p className="text-ink-muted">{t("scripts.references.empty")}</p>}
      {library.status === "ready" && library.items.length > 0 && (
        <fieldset>
          <legend className="sr-only">{t("scripts.references.dialog")}</legend>
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {library.items.map((image) => {
              const checked = chosen.includes(image.id);
              return (
                <li key={image.id}>
                  <label
                    className={cn(
                      "flex h-full cursor-pointer flex-col gap-2 rounded-xl border-2 p-2 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent-600",
                      checked ? "border-accent-700 bg-accent-50" : "border-line",
                      !checked && full && "cursor-not-allowed opacity-60",
                    )}
                  >
                    {/* eslint-disable-next-line @next/next/no-img-element -- a private file behind the session */}
                    <img src={image.fileUrl} alt="" loading="lazy" className="aspect-square w-full rounded-lg bg-white object-contain" />
                    <span className="flex items-start gap-2">
                      <input
                        type="checkbox"
                        checked={checked}
                        disabled={!checked && full}
                        onChange={(event) => toggle(image.id, event.target.checked)}
                        className="mt-0.5 size-4 shrink-0 accent-accent-700"
                      />
                      <span className="line-clamp-2">{image.title}</span>
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
      {error && <Alert tone="error">{error}</Alert>}
    </Modal>
  );
}

"use client";

import { useT } from "@/components/i18n/i18n-provider";
import type { FailedScene } from "./batch-summary";

/** The scenes a batch could not illustrate, each a link to its segment in the page, with the reason. */
export function FailedScenes({ scenes }: { scenes: readonly FailedScene[] }) {
  const t = useT();
  if (scenes.length === 0) return null;
  return (
    <section aria-labelledby="failed-scenes-heading" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm">
      <h3 id="failed-scenes-heading" className="font-semibold text-red-900">
        {t("scripts.batch.failedHeading", { count: scenes.length })}
      </h3>
      <ul className="mt-2 flex max-h-48 flex-col gap-1.5 overflow-y-auto" data-testid="failed-scenes">
        {scenes.map((scene) => (
          <li key={scene.segmentId}>
            <a href={`#${scene.anchor}`} className="font-medium text-red-900 underline underline-offset-2 hover:no-underline focus-visible:outline-2 focus-visible:outline-offset-2">
              {t("scripts.batch.failedScene", { number: scene.number, text: scene.text })}
            </a>
            <span className="block text-red-800">{scene.status === "canceled" ? t("scripts.batch.sceneCanceled") : scene.reason || t("scripts.batch.sceneFailed")}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { buttonClassName } from "@/components/ui/button-styles";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { scriptUrl } from "./script-url";

const FORMATS = [
  { format: "zip", key: "scripts.export.zip" },
  { format: "json", key: "scripts.export.json" },
  { format: "pdf", key: "scripts.export.pdf" },
] as const;

/** Downloads of the chosen images (ZIP), the reference-shaped JSON and the storyboard PDF. */
export function ExportLinks({ scriptId, illustrated }: { scriptId: string; illustrated: number }) {
  const t = useT();
  return (
    <Card as="section" aria-labelledby="export-heading" className="flex flex-col gap-3">
      <CardTitle id="export-heading">{t("scripts.export.heading")}</CardTitle>
      <CardDescription className="mt-0">{illustrated > 0 ? t("scripts.export.hint") : t("scripts.export.empty")}</CardDescription>
      <div className="flex flex-wrap gap-2">
        {FORMATS.map(({ format, key }) => (
          <a
            key={format}
            href={scriptUrl(scriptId, `/export?format=${format}`)}
            download
            className={buttonClassName({ variant: "secondary", size: "sm" })}
          >
            {t(key)}
          </a>
        ))}
      </div>
    </Card>
  );
}

import type { ReactNode } from "react";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/types";
import type { Orientation, Paper } from "@/lib/shared/options";
import type { ImageView } from "@/lib/shared/views";
import { costLabel, engineLabel, kindLabel } from "./image-labels";

export interface ImageDetailsProps {
  image: ImageView;
  /** The paper the page was made for (from its options, or guessed from its shape). */
  print: { paper: Paper; orientation: Orientation };
  t: Translator;
  locale: Locale;
}

const AGE_KEYS = { "3-5": "page.age3to5", "6-9": "page.age6to9", "10-12": "page.age10to12", adult: "page.ageAdult" } as const;

function ageGroupOf(options: unknown): keyof typeof AGE_KEYS | null {
  if (typeof options !== "object" || options === null || !("ageGroup" in options)) return null;
  const value = options.ageGroup;
  return typeof value === "string" && value in AGE_KEYS ? (value as keyof typeof AGE_KEYS) : null;
}

type Row = [string, ReactNode];

function DetailList({ rows }: { rows: Row[] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_minmax(0,1fr)]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold text-ink">{label}</dt>
          <dd className="break-words text-ink-muted">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The image's metadata: what it shows, for whom, when and what it cost; how it was made (engine,
 * model, pixels, tokens, prompt) waits behind "More details", since few readers want it.
 */
export function ImageDetails({ image, print, t, locale }: ImageDetailsProps) {
  const ageGroup = ageGroupOf(image.options);
  const rows: Row[] = [
    [t("image.kind"), kindLabel(t, image.kind)],
    [t("image.theme"), image.title],
    [
      t("image.paper"),
      t("image.paperValue", {
        paper: print.paper === "a4" ? t("page.paperA4") : t("page.paperLetter"),
        orientation: print.orientation === "landscape" ? t("page.landscape") : t("page.portrait"),
      }),
    ],
    ...(ageGroup ? ([[t("image.ageGroup"), t(AGE_KEYS[ageGroup])]] as Row[]) : []),
    [
      t("image.created"),
      <time key="created" dateTime={image.createdAt}>
        {formatDate(locale, image.createdAt, { dateStyle: "long", timeStyle: "short" })}
      </time>,
    ],
    [t("image.cost"), costLabel(t, locale, image.costUsd)],
  ];
  const technical: Row[] = [
    [t("image.engine"), engineLabel(t, image.engine)],
    [t("image.model"), image.model],
    [t("image.size"), t("image.sizeValue", { width: image.width, height: image.height })],
    [t("image.tokens"), t("image.tokensValue", { input: image.usage.inputTokens, output: image.usage.outputTokens })],
    ...(image.revisedPrompt ? ([[t("image.revisedPrompt"), image.revisedPrompt]] as Row[]) : []),
    [t("image.prompt"), <p key="prompt" className="whitespace-pre-wrap">{image.prompt}</p>],
  ];

  return (
    <div className="flex flex-col gap-4">
      <DetailList rows={rows} />
      <details className="rounded-lg border border-line p-3">
        <summary className="cursor-pointer text-sm font-semibold text-accent-800">{t("image.moreDetails")}</summary>
        <div className="mt-3">
          <DetailList rows={technical} />
        </div>
      </details>
    </div>
  );
}

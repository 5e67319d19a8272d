import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getLocale, getT } from "@/app/i18n";
import { requireUser } from "@/app/_lib/session";
import { PageHeader } from "@/components/layout/page-header";
import { ImageActions } from "@/components/library/image-actions";
import { ImageDetails } from "@/components/library/image-details";
import { ImageEdit } from "@/components/library/image-edit";
import { CheckedPage } from "@/components/library/checked-page";
import { Card, CardTitle } from "@/components/ui/card";
import { isAppError } from "@/lib/errors";
import { availableEngines } from "@/lib/images/engine-choice";
import { paperOf } from "@/lib/library/pdf";
import { getImageForUser } from "@/lib/library/read";
import type { ImageView } from "@/lib/shared/views";

interface ImagePageProps {
  params: Promise<{ id: string }>;
}

/** The signed-in user's image, or a 404 for a missing or someone else's (they look the same). */
const loadImage = cache(async (id: string): Promise<ImageView> => {
  const user = await requireUser(`/images/${encodeURIComponent(id)}`);
  try {
    return await getImageForUser({ id, userId: user.id });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found:image") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: ImagePageProps): Promise<Metadata> {
  const { id } = await params;
  const image = await loadImage(id);
  return { title: image.title };
}

export default async function ImagePage({ params }: ImagePageProps) {
  const { id } = await params;
  const [image, t, locale] = await Promise.all([loadImage(id), getT(), getLocale()]);
  const print = paperOf(image.options, image.width, image.height);

  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/library" className="no-print underline-offset-4 hover:underline">
            <span aria-hidden="true">← </span>
            {t("image.backToLibrary")}
          </Link>
        }
        title={<span className="break-words">{image.title}</span>}
      />
      <CheckedPage
        image={image}
        frameClassName={print.orientation === "landscape" ? "max-w-3xl" : "max-w-xl"}
        before={<ImageActions image={image} />}
        after={
          <>
            {availableEngines().includes("openai") && <ImageEdit image={image} />}
            <Card as="section" aria-labelledby="image-details-heading">
              <CardTitle id="image-details-heading" className="mb-4">
                {t("image.details")}
              </CardTitle>
              <ImageDetails image={image} print={print} t={t} locale={locale} />
            </Card>
          </>
        }
      />
    </>
  );
}

import type { Metadata } from "next";
import { getT } from "@/app/i18n";
import { requireUser } from "@/app/_lib/session";
import { PageHeader } from "@/components/layout/page-header";
import { PhotoStudio } from "@/components/photos/photo-studio";
import { isAdmin } from "@/lib/auth/roles";
import { getEnv } from "@/lib/env";
import { availableEngines } from "@/lib/images/engine-choice";
import { listImageModelViews } from "@/lib/images/model-views";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("photos.title") };
}

export default async function PhotosPage() {
  const user = await requireUser("/photos");
  const t = await getT();
  const env = getEnv();
  const limits = { maxBytes: env.PHOTO_MAX_BYTES, maxMegapixels: Math.round(env.PHOTO_MAX_PIXELS / 1_000_000) };
  const models = listImageModelViews();

  return (
    <>
      <PageHeader title={t("photos.title")} description={t("photos.description")} />
      <PhotoStudio redrawAvailable={availableEngines().includes("openai")} configHint={isAdmin(user)} limits={limits} models={models.openai ? models.models : []} defaultModel={models.defaults.page} />
    </>
  );
}

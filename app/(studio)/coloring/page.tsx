import type { Metadata } from "next";
import { getT } from "@/app/i18n";
import { requireUser } from "@/app/_lib/session";
import { ColoringStudio } from "@/components/coloring/coloring-studio";
import { PageHeader } from "@/components/layout/page-header";
import { availableEngines, defaultEngineId } from "@/lib/images/engine-choice";
import { listImageModelViews } from "@/lib/images/model-views";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("coloring.title") };
}

export default async function ColoringPage() {
  await requireUser("/coloring");
  const t = await getT();
  const engines = availableEngines();
  const preferred = defaultEngineId();
  const defaultEngine = engines.includes(preferred) ? preferred : (engines[0] ?? "offline");
  const models = listImageModelViews();

  return (
    <>
      <PageHeader title={t("coloring.title")} description={t("coloring.description")} />
      <ColoringStudio engines={engines} defaultEngine={defaultEngine} models={models.openai ? models.models : []} defaultModel={models.defaults.page} />
    </>
  );
}

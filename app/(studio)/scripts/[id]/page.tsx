import type { Metadata } from "next";
import { getT } from "@/app/i18n";
import { requireUser } from "@/app/_lib/session";
import { ScriptStudio } from "@/components/scripts/script-studio";
import { availableEngines, defaultEngineId } from "@/lib/images/engine-choice";
import { listImageModelViews } from "@/lib/images/model-views";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("scripts.title") };
}

interface ScriptPageProps {
  params: Promise<{ id: string }>;
}

/** One script's studio; the script itself is read from the JSON API by the client. */
export default async function ScriptPage({ params }: ScriptPageProps) {
  const { id } = await params;
  await requireUser(`/scripts/${encodeURIComponent(id)}`);
  const engines = availableEngines();
  const preferred = defaultEngineId();
  const defaultEngine = engines.includes(preferred) ? preferred : (engines[0] ?? "offline");
  const models = listImageModelViews();
  return <ScriptStudio key={id} scriptId={id} engines={engines} defaultEngine={defaultEngine} models={models.openai ? models.models : []} defaultModel={models.defaults.scene} />;
}

import type { Metadata } from "next";
import { getT } from "@/app/i18n";
import { requireUser } from "@/app/_lib/session";
import { PageHeader } from "@/components/layout/page-header";
import { NewScriptForm } from "@/components/scripts/new-script-form";
import { ScriptList } from "@/components/scripts/script-list";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("scripts.title") };
}

/** The user's scripts and the form to start a new one. */
export default async function ScriptsPage() {
  await requireUser("/scripts");
  const t = await getT();
  return (
    <>
      <PageHeader title={t("scripts.title")} description={t("scripts.description")} />
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:gap-8">
        <Card>
          <NewScriptForm />
        </Card>
        <ScriptList />
      </div>
    </>
  );
}

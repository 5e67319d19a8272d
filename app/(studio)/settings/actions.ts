"use server";

import { revalidatePath } from "next/cache";
import { saveUserSettings, settingsSchema } from "@/lib/users/settings";
import { requireUser } from "../../_lib/session";

export interface SettingsState {
  saved?: boolean;
  fields?: Partial<Record<"name" | "monthlyBudgetUsd", string>>;
}

export async function saveSettingsAction(_previous: SettingsState, form: FormData): Promise<SettingsState> {
  const user = await requireUser("/settings");
  const parsed = settingsSchema.safeParse({ name: form.get("name") ?? "", monthlyBudgetUsd: form.get("monthlyBudgetUsd") ?? "" });
  if (!parsed.success) {
    const fields: SettingsState["fields"] = {};
    for (const issue of parsed.error.issues) fields[issue.path[0] as "name" | "monthlyBudgetUsd"] = issue.message;
    return { fields };
  }
  await saveUserSettings({ userId: user.id, settings: parsed.data });
  revalidatePath("/settings");
  return { saved: true };
}

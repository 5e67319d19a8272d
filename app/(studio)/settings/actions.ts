"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { updateUserSettings } from "@/lib/db/users";
import { requireUser } from "../../_lib/session";

const settingsSchema = z.object({
  name: z.string().trim().max(100),
  monthlyBudgetUsd: z.coerce.number().min(0).max(100_000),
});

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
  await updateUserSettings({ id: user.id, name: parsed.data.name || null, monthlyBudgetUsd: parsed.data.monthlyBudgetUsd });
  revalidatePath("/settings");
  return { saved: true };
}

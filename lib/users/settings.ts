import "server-only";
import { z } from "zod";
import { updateUserSettings } from "@/lib/db/users";

/** The Settings form: a display name and a monthly budget in dollars. */
export const settingsSchema = z.object({
  name: z.string().trim().max(100),
  monthlyBudgetUsd: z.coerce.number().min(0).max(100_000),
});
export type SettingsInput = z.output<typeof settingsSchema>;

export async function saveUserSettings({ userId, settings }: { userId: string; settings: SettingsInput }): Promise<void> {
  await updateUserSettings({ id: userId, name: settings.name || null, monthlyBudgetUsd: settings.monthlyBudgetUsd });
}

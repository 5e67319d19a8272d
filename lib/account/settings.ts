import "server-only";
import { z } from "zod";
import { getMonthlySpend } from "@/lib/billing/budget";
import { updateUserSettings, type UserRecord } from "@/lib/db/users";
import { AppError } from "@/lib/errors";
import { formatUsd, usdToMicro } from "@/lib/shared/money";

export const settingsSchema = z.object({
  name: z.string().trim().max(100, "The name can be at most 100 characters."),
  monthlyBudgetUsd: z.coerce.number({ error: "Enter an amount in dollars." }).min(0, "The budget cannot be negative.").max(1_000_000),
});
export type SettingsInput = z.output<typeof settingsSchema>;

/**
 * Saves a user's own settings. The monthly budget is the user's own limit: anything up to the
 * figure an admin set for them (or MONTHLY_BUDGET_USD), never above — only admins raise budgets.
 */
export async function saveOwnSettings({ user, input }: { user: Pick<UserRecord, "id">; input: SettingsInput }): Promise<UserRecord> {
  const spend = await getMonthlySpend({ userId: user.id });
  const wantedMicro = usdToMicro(input.monthlyBudgetUsd);
  if (wantedMicro > spend.capMicroUsd) {
    throw new AppError("forbidden:budget_cap", `Your budget can be at most ${formatUsd(spend.capMicroUsd)} a month, as set by your administrator.`, {
      fields: { monthlyBudgetUsd: `At most ${formatUsd(spend.capMicroUsd)}.` },
      capMicroUsd: spend.capMicroUsd,
    });
  }
  // At the cap, no own limit is kept: a later raise by an admin then applies in full.
  const ownLimitUsd = wantedMicro === spend.capMicroUsd ? null : input.monthlyBudgetUsd;
  return updateUserSettings({ id: user.id, name: input.name || null, ownLimitUsd });
}

"use server";

import { revalidatePath } from "next/cache";
import { changePassword, changePasswordSchema } from "@/lib/account/password";
import { saveOwnSettings, settingsSchema } from "@/lib/account/settings";
import { endAllSessions } from "@/lib/auth/sessions";
import { isAppError } from "@/lib/errors";
import { formatUsd } from "@/lib/shared/money";
import { formatWait } from "@/lib/i18n/request-locale";
import { actionClientIp, assertSameSiteAction } from "../../_lib/action-guard";
import { requireSession } from "../../_lib/session";
import { getLocale, getT } from "../../i18n";

export interface SettingsState {
  saved?: boolean;
  fields?: Partial<Record<"name" | "monthlyBudgetUsd", string>>;
}

export async function saveSettingsAction(_previous: SettingsState, form: FormData): Promise<SettingsState> {
  await assertSameSiteAction();
  const { user } = await requireSession("/settings");
  const parsed = settingsSchema.safeParse({ name: form.get("name") ?? "", monthlyBudgetUsd: form.get("monthlyBudgetUsd") ?? "" });
  if (!parsed.success) {
    const fields: SettingsState["fields"] = {};
    for (const issue of parsed.error.issues) fields[issue.path[0] as "name" | "monthlyBudgetUsd"] = issue.message;
    return { fields };
  }
  try {
    await saveOwnSettings({ user, input: parsed.data });
  } catch (error) {
    if (isAppError(error) && error.code === "forbidden:budget_cap" && typeof error.details?.capMicroUsd === "number") {
      const [t, locale] = await Promise.all([getT(), getLocale()]);
      return { fields: { monthlyBudgetUsd: t("account.budgetCap", { max: formatUsd(error.details.capMicroUsd, locale) }) } };
    }
    throw error;
  }
  revalidatePath("/settings");
  return { saved: true };
}

export interface PasswordState {
  changed?: boolean;
  /** Other sessions ended by the change. */
  ended?: number;
  error?: string;
  fields?: Partial<Record<"current" | "next", string>>;
}

export async function changePasswordAction(_previous: PasswordState, form: FormData): Promise<PasswordState> {
  await assertSameSiteAction();
  const { user, sessionToken } = await requireSession("/settings");
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const parsed = changePasswordSchema.safeParse({ current: form.get("current") ?? "", next: form.get("next") ?? "" });
  if (!parsed.success) return { fields: { next: t("auth.errors.passwordTooShort") } };
  try {
    const { endedSessions } = await changePassword({ user, sessionToken, input: parsed.data, ip: await actionClientIp() });
    return { changed: true, ended: endedSessions };
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === "invalid:current_password") return { fields: { current: t("account.currentWrong") } };
    if (error.code === "conflict:no_password") return { error: t("account.noPassword") };
    const seconds = error.details?.retryAfterSeconds;
    if (error.code === "rate_limited:sign_in" && typeof seconds === "number") return { error: t("auth.errors.rateLimited", { wait: formatWait(seconds, locale) }) };
    throw error;
  }
}

export interface SessionsState {
  ended?: number;
}

/** Signs this account out on every other browser and device. */
export async function signOutOthersAction(_previous: SessionsState): Promise<SessionsState> {
  await assertSameSiteAction();
  const { user, sessionToken } = await requireSession("/settings");
  return { ended: await endAllSessions({ userId: user.id, except: sessionToken }) };
}

"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Card, CardTitle } from "@/components/ui/card";
import { useT } from "@/components/i18n/i18n-provider";
import type { AdminUserView } from "@/lib/shared/views";
import { ApiError } from "@/components/api/api-error";
import { fetchJson } from "@/components/api/fetch-json";
import { AdminUserRow } from "./admin-user-row";

interface AdminUsersProps {
  users: AdminUserView[];
  selfId: string;
  defaultBudgetMicroUsd: number;
}

export type UserChange = { role?: "admin" | "member"; budgetUsd?: number | null; disabled?: boolean } | "sign-out";

/** Every account, with what an admin may change about it. */
export function AdminUsers({ users, selfId, defaultBudgetMicroUsd }: AdminUsersProps) {
  const t = useT();
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  async function apply(user: AdminUserView, change: UserChange): Promise<boolean> {
    setBusy(user.id);
    setMessage(null);
    try {
      if (change === "sign-out") {
        const { endedSessions } = await fetchJson<{ endedSessions: number }>(`/api/admin/users/${encodeURIComponent(user.id)}/sign-out`, { method: "POST" });
        setMessage({ tone: "success", text: t("admin.signedOut", { email: user.email ?? user.id, count: endedSessions }) });
      } else {
        await fetchJson(`/api/admin/users/${encodeURIComponent(user.id)}`, { method: "PATCH", json: change });
        setMessage({ tone: "success", text: t("admin.saved", { email: user.email ?? user.id }) });
      }
      router.refresh();
      return true;
    } catch (error) {
      setMessage({ tone: "error", text: error instanceof ApiError && error.message ? error.message : t("common.errorGeneric") });
      return false;
    } finally {
      setBusy(null);
    }
  }

  return (
    <Card as="section" aria-labelledby="accounts">
      <CardTitle id="accounts">{t("admin.accountsTitle", { count: users.length })}</CardTitle>
      <div aria-live="polite" className="mt-3">
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      </div>
      <ul className="mt-3 divide-y divide-line">
        {users.map((user) => (
          <AdminUserRow key={user.id} user={user} self={user.id === selfId} busy={busy === user.id} defaultBudgetMicroUsd={defaultBudgetMicroUsd} onChange={(change) => apply(user, change)} />
        ))}
      </ul>
    </Card>
  );
}

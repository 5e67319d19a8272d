"use client";

import { useState, type FormEvent } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { formatUsd } from "@/lib/shared/money";
import type { AdminUserView } from "@/lib/shared/views";
import type { UserChange } from "./admin-users";

interface AdminUserRowProps {
  user: AdminUserView;
  self: boolean;
  busy: boolean;
  defaultBudgetMicroUsd: number;
  onChange: (change: UserChange) => Promise<boolean>;
}

/** One account: who, spend against budget, and its budget, role and state controls. */
export function AdminUserRow({ user, self, busy, defaultBudgetMicroUsd, onChange }: AdminUserRowProps) {
  const t = useT();
  const locale = useLocale();
  const usd = (micro: number) => formatUsd(micro, locale);
  const label = user.email ?? user.name ?? user.id;
  const [budget, setBudget] = useState(user.budgetUsd === null ? "" : String(user.budgetUsd));
  const [role, setRole] = useState(user.role);

  function save(event: FormEvent) {
    event.preventDefault();
    const change: { role?: "admin" | "member"; budgetUsd?: number | null } = {};
    const wanted = budget.trim() === "" ? null : Number(budget);
    if (wanted !== user.budgetUsd && (wanted === null || Number.isFinite(wanted))) change.budgetUsd = wanted;
    if (role !== user.role) change.role = role;
    if (Object.keys(change).length > 0) void onChange(change);
  }

  return (
    <li className="space-y-3 py-4" aria-label={label}>
      <div className="flex flex-wrap items-center gap-2">
        <p className="font-semibold break-all">{label}</p>
        <Badge tone={user.role === "admin" ? "accent" : "neutral"}>{t(user.role === "admin" ? "admin.roleAdmin" : "admin.roleMember")}</Badge>
        {user.disabled ? <Badge tone="danger">{t("admin.disabled")}</Badge> : null}
        {self ? <Badge>{t("admin.you")}</Badge> : null}
      </div>
      <p className="text-sm text-ink-muted" data-testid="user-spend">
        {t("admin.userSpend", { spent: usd(user.spentMicroUsd), budget: usd(user.budgetMicroUsd) })}
        {user.pendingMicroUsd > 0 ? ` · ${t("admin.pending", { amount: usd(user.pendingMicroUsd) })}` : ""}
        {user.ownLimitMicroUsd !== null ? ` · ${t("admin.ownLimit", { amount: usd(user.ownLimitMicroUsd) })}` : ""}
      </p>
      <form onSubmit={save} className="flex flex-wrap items-end gap-3">
        <Field label={t("admin.budgetLabel")} hint={t("admin.budgetHint", { amount: usd(defaultBudgetMicroUsd) })} className="w-56">
          <Input type="number" min={0} step="0.01" inputMode="decimal" value={budget} onChange={(e) => setBudget(e.target.value)} />
        </Field>
        <Field label={t("admin.roleLabel")} className="w-40">
          <Select value={role} onChange={(e) => setRole(e.target.value === "admin" ? "admin" : "member")} disabled={self || user.roleFromConfig}>
            <option value="member">{t("admin.roleMember")}</option>
            <option value="admin">{t("admin.roleAdmin")}</option>
          </Select>
        </Field>
        <Button type="submit" size="sm" loading={busy}>
          {t("common.save")}
        </Button>
      </form>
      {!self ? (
        <div className="flex flex-wrap gap-2">
          <Button size="sm" variant={user.disabled ? "secondary" : "danger"} disabled={busy} onClick={() => void onChange({ disabled: !user.disabled })}>
            {t(user.disabled ? "admin.enable" : "admin.disable")}
          </Button>
          <Button size="sm" variant="secondary" disabled={busy} onClick={() => void onChange("sign-out")}>
            {t("admin.signOutEverywhere")}
          </Button>
        </div>
      ) : null}
    </li>
  );
}

"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import type { InvitationView } from "@/lib/shared/views";
import { formatDate } from "@/lib/i18n/format";
import { ApiError } from "@/components/api/api-error";
import { fetchJson } from "@/components/api/fetch-json";

const STATUS_TONE = { pending: "accent", used: "success", expired: "neutral" } as const;

/** Make single-use invitation links (shown once), see recent ones, withdraw unused ones. */
export function Invitations({ initial }: { initial: InvitationView[] }) {
  const t = useT();
  const locale = useLocale();
  const [items, setItems] = useState(initial);
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<"member" | "admin">("member");
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function create(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await fetchJson<InvitationView & { link: string }>("/api/admin/invitations", { method: "POST", json: { role, email } });
      setLink(created.link);
      setItems((previous) => [created, ...previous]);
      setEmail("");
    } catch (failure) {
      setError(failure instanceof ApiError && failure.message ? failure.message : t("common.errorGeneric"));
    } finally {
      setBusy(false);
    }
  }

  async function withdraw(id: string) {
    setError(null);
    try {
      await fetchJson(`/api/admin/invitations/${encodeURIComponent(id)}`, { method: "DELETE" });
      setItems((previous) => previous.map((item) => (item.id === id ? { ...item, status: "expired" } : item)));
    } catch {
      setError(t("common.errorGeneric"));
    }
  }

  return (
    <Card as="section" aria-labelledby="invitations">
      <CardTitle id="invitations">{t("admin.invitationsTitle")}</CardTitle>
      <CardDescription>{t("admin.invitationsText")}</CardDescription>
      <form onSubmit={create} className="mt-4 flex flex-wrap items-end gap-3">
        <Field label={t("admin.inviteEmail")} optionalText={t("common.optional")} error={error ?? undefined} className="min-w-60 flex-1">
          <Input type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
        </Field>
        <Field label={t("admin.roleLabel")} className="w-40">
          <Select value={role} onChange={(e) => setRole(e.target.value === "admin" ? "admin" : "member")}>
            <option value="member">{t("admin.roleMember")}</option>
            <option value="admin">{t("admin.roleAdmin")}</option>
          </Select>
        </Field>
        <Button type="submit" loading={busy}>
          {t("admin.createInvitation")}
        </Button>
      </form>
      {link ? (
        <Alert tone="success" title={t("admin.invitationLink")} className="mt-4">
          <code className="block rounded bg-white p-2 font-mono text-sm break-all" data-testid="invitation-link">
            {link}
          </code>
        </Alert>
      ) : null}
      {items.length > 0 ? (
        <ul className="mt-4 divide-y divide-line">
          {items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-3 py-2 text-sm">
              <span className="flex flex-wrap items-center gap-2">
                <Badge tone={STATUS_TONE[item.status]}>{t(`admin.invitation.${item.status}`)}</Badge>
                <span>{item.email ?? t("admin.anyEmail")}</span>
                <span className="text-ink-muted">
                  {t(item.role === "admin" ? "admin.roleAdmin" : "admin.roleMember")} · {t("admin.expires", { date: formatDate(locale, item.expiresAt) })}
                </span>
              </span>
              {item.status === "pending" ? (
                <Button size="sm" variant="secondary" onClick={() => void withdraw(item.id)}>
                  {t("admin.withdraw")}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}

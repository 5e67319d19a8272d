"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ApiError } from "@/components/api/api-error";
import { fetchJson } from "@/components/api/fetch-json";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { formatDate } from "@/lib/i18n/format";

export interface TokenItem {
  id: string;
  name: string;
  prefix: string;
  scope: "read" | "generate";
  expiresAt: string | null;
  lastUsedAt: string | null;
  createdAt: string;
}

const LIFETIMES = ["", "7", "30", "90", "365"] as const;

/** Create (shown once), list and revoke personal API tokens. */
export function ApiTokens({ tokens }: { tokens: TokenItem[] }) {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  const [name, setName] = useState("");
  const [scope, setScope] = useState<TokenItem["scope"]>("read");
  const [lifetime, setLifetime] = useState<(typeof LIFETIMES)[number]>("90");
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [revoking, setRevoking] = useState<TokenItem | null>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = await fetchJson<{ token: string }>("/api/tokens", { method: "POST", json: { name, scope, ...(lifetime ? { expiresInDays: Number(lifetime) } : {}) } });
      setCreated(body.token);
    } catch (caught) {
      setError((caught instanceof ApiError && (caught.fields.name ?? caught.message)) || t("common.errorGeneric"));
      return;
    } finally {
      setBusy(false);
    }
    setName("");
    router.refresh();
  }

  async function revoke() {
    if (!revoking) return;
    setBusy(true);
    try {
      await fetchJson<void>(`/api/tokens/${encodeURIComponent(revoking.id)}`, { method: "DELETE" });
    } catch {
      setError(t("common.errorGeneric"));
    } finally {
      setBusy(false);
      setRevoking(null);
    }
    router.refresh();
  }

  return (
    <div className="space-y-4">
      <form onSubmit={create} className="flex max-w-xl flex-wrap items-end gap-3">
        <Field label={t("settings.tokenName")} error={error ?? undefined} className="min-w-60 flex-1">
          <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={60} required />
        </Field>
        <Field label={t("account.tokenScope")} className="min-w-48">
          <Select value={scope} onChange={(e) => setScope(e.target.value === "generate" ? "generate" : "read")}>
            <option value="read">{t("account.scopeRead")}</option>
            <option value="generate">{t("account.scopeGenerate")}</option>
          </Select>
        </Field>
        <Field label={t("account.tokenLifetime")} className="min-w-40">
          <Select value={lifetime} onChange={(e) => setLifetime(LIFETIMES.find((v) => v === e.target.value) ?? "")}>
            {LIFETIMES.map((days) => (
              <option key={days} value={days}>
                {days ? t("account.lifetimeDays", { count: Number(days) }) : t("account.lifetimeNever")}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" loading={busy}>
          {t("settings.createToken")}
        </Button>
      </form>
      {created ? (
        <Alert tone="success" title={t("settings.newToken")}>
          <code className="block break-all rounded bg-white p-2 font-mono text-sm" data-testid="new-token">
            {created}
          </code>
        </Alert>
      ) : null}
      {tokens.length === 0 ? (
        <p className="text-ink-muted">{t("settings.noTokens")}</p>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line bg-white">
          {tokens.map((token) => (
            <li key={token.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
              <div>
                <p className="font-medium">
                  {token.name} <span className="text-sm font-normal text-ink-muted">· {t(token.scope === "generate" ? "account.scopeGenerate" : "account.scopeRead")}</span>
                </p>
                <p className="text-sm text-ink-muted">
                  <code>{token.prefix}…</code> · {t("settings.createdOn", { date: formatDate(locale, token.createdAt) })} ·{" "}
                  {token.lastUsedAt ? t("settings.lastUsed", { date: formatDate(locale, token.lastUsedAt) }) : t("settings.neverUsed")} ·{" "}
                  {token.expiresAt ? t("account.expiresOn", { date: formatDate(locale, token.expiresAt) }) : t("account.noExpiry")}
                </p>
              </div>
              <Button variant="danger" size="sm" onClick={() => setRevoking(token)} aria-label={`${t("settings.revoke")}: ${token.name}`}>
                {t("settings.revoke")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={revoking !== null}
        title={t("settings.revokeTitle")}
        description={t("settings.revokeText", { name: revoking?.name ?? "" })}
        confirmLabel={t("settings.revoke")}
        cancelLabel={t("common.cancel")}
        tone="danger"
        loading={busy}
        onConfirm={revoke}
        onCancel={() => setRevoking(null)}
      />
    </div>
  );
}

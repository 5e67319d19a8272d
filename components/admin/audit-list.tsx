"use client";

import { Card, CardTitle } from "@/components/ui/card";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { formatDate } from "@/lib/i18n/format";

export interface AuditItem {
  id: string;
  action: string;
  actorEmail: string | null;
  targetEmail: string | null;
  details: Record<string, unknown>;
  createdAt: string;
}

const ACTIONS = {
  "user.role": "admin.action.userRole",
  "user.budget": "admin.action.userBudget",
  "user.disable": "admin.action.userDisable",
  "user.enable": "admin.action.userEnable",
  "user.sign_out": "admin.action.userSignOut",
  "invitation.create": "admin.action.invitationCreate",
  "invitation.withdraw": "admin.action.invitationWithdraw",
} as const;

function actionKey(action: string): (typeof ACTIONS)[keyof typeof ACTIONS] | null {
  return action in ACTIONS ? ACTIONS[action as keyof typeof ACTIONS] : null;
}

function value(v: unknown): string {
  return v === null || v === undefined ? "—" : String(v);
}

/** The admins' actions, newest first: who did what to whom. */
export function AuditList({ events }: { events: AuditItem[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <Card as="section" aria-labelledby="audit">
      <CardTitle id="audit">{t("admin.auditTitle")}</CardTitle>
      {events.length === 0 ? (
        <p className="mt-3 text-ink-muted">{t("admin.auditEmpty")}</p>
      ) : (
        <ol className="mt-3 divide-y divide-line text-sm">
          {events.map((event) => (
            <li key={event.id} className="flex flex-wrap gap-x-2 py-2">
              <time dateTime={event.createdAt} className="text-ink-muted">
                {formatDate(locale, event.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </time>
              <span className="font-medium">{event.actorEmail ?? t("admin.server")}</span>
              <span>{actionKey(event.action) ? t(actionKey(event.action)!) : event.action}</span>
              {event.targetEmail ? <span className="font-medium">{event.targetEmail}</span> : null}
              {"from" in event.details || "to" in event.details ? (
                <span className="text-ink-muted">
                  ({value(event.details.from)} → {value(event.details.to)})
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

import type { Metadata } from "next";
import { AdminUsers } from "@/components/admin/admin-users";
import { AuditList } from "@/components/admin/audit-list";
import { Invitations } from "@/components/admin/invitations";
import { SpendSummary } from "@/components/admin/spend-summary";
import { PageHeader } from "@/components/layout/page-header";
import { ModelLifecycleBanner } from "@/components/models/model-lifecycle-banner";
import { listRecentAudit } from "@/lib/admin/audit";
import { toInvitationView } from "@/lib/admin/invitation-view";
import { getAdminOverview } from "@/lib/admin/users";
import { listRecentInvitations } from "@/lib/auth/invitations";
import { getEnv } from "@/lib/env";
import { getModelLifecycleStatus } from "@/lib/images/lifecycle";
import { getT } from "../../i18n";
import { requireAdmin } from "../../_lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("admin.title") };
}

/** The operator's page: retired or retiring image models in use, accounts with their spend and budgets, the installation's total, invitations, the audit trail. */
export default async function AdminPage() {
  const admin = await requireAdmin();
  const [t, overview, invitations, audit] = await Promise.all([getT(), getAdminOverview(), listRecentInvitations(), listRecentAudit({ limit: 50 })]);
  return (
    <>
      <PageHeader title={t("admin.title")} description={t("admin.description")} />
      <div className="space-y-10">
        <ModelLifecycleBanner status={getModelLifecycleStatus()} />
        <SpendSummary installation={overview.installation} defaultBudgetMicroUsd={overview.defaultBudgetMicroUsd} signUpMode={getEnv().SIGNUP_MODE} />
        <Invitations initial={invitations.map((invitation) => toInvitationView(invitation))} />
        <AdminUsers users={overview.users} selfId={admin.id} defaultBudgetMicroUsd={overview.defaultBudgetMicroUsd} />
        <AuditList events={audit.map((event) => ({ id: event.id, action: event.action, actorEmail: event.actorEmail, targetEmail: event.targetEmail, details: event.details, createdAt: event.createdAt.toISOString() }))} />
      </div>
    </>
  );
}

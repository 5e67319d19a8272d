import "server-only";
import { insertAuditEvent, listAuditEvents, type AuditEventRecord } from "@/lib/db/audit";
import type { UserRecord } from "@/lib/db/users";

export type { AuditEventRecord };

/** Writes one line of the audit trail: who (null: the server's command line), what, to whom. */
export async function recordAudit({
  actor,
  action,
  target,
  details,
}: {
  actor: Pick<UserRecord, "id" | "email"> | null;
  action: string;
  target?: Pick<UserRecord, "id" | "email">;
  details?: Record<string, unknown>;
}): Promise<void> {
  await insertAuditEvent({
    actorId: actor?.id ?? null,
    actorEmail: actor?.email ?? null,
    action,
    targetUserId: target?.id ?? null,
    targetEmail: target?.email ?? null,
    details,
  });
}

export async function listRecentAudit({ limit = 100 }: { limit?: number } = {}): Promise<AuditEventRecord[]> {
  return listAuditEvents({ limit });
}

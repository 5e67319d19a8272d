import "server-only";
import { db } from "./client";

export interface AuditEventRecord {
  id: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  targetUserId: string | null;
  targetEmail: string | null;
  details: Record<string, unknown>;
  createdAt: Date;
}

export interface NewAuditEvent {
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  targetUserId?: string | null;
  targetEmail?: string | null;
  details?: Record<string, unknown>;
}

export async function insertAuditEvent(event: NewAuditEvent): Promise<void> {
  await db().auditEvent.create({ data: { ...event, details: JSON.stringify(event.details ?? {}) } });
}

export async function listAuditEvents({ limit = 100 }: { limit?: number } = {}): Promise<AuditEventRecord[]> {
  const rows = await db().auditEvent.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit });
  return rows.map((row) => ({ ...row, details: JSON.parse(row.details) as Record<string, unknown> }));
}

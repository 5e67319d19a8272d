// GET /api/admin/audit — the latest admin actions, newest first (admins)
import { listRecentAudit } from "@/lib/admin/audit";
import { json, withUser } from "../../_lib/handler";

export const GET = withUser(
  async () => {
    const items = await listRecentAudit({ limit: 100 });
    return json({ items: items.map((event) => ({ ...event, createdAt: event.createdAt.toISOString() })) }, 200, { "cache-control": "no-store" });
  },
  { admin: true },
);

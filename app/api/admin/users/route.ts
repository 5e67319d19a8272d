// GET /api/admin/users — every account with this month's spend, budget and role, and the installation's total (admins)
import { getAdminOverview } from "@/lib/admin/users";
import { json, withUser } from "../../_lib/handler";

export const GET = withUser(async () => json(await getAdminOverview(), 200, { "cache-control": "no-store" }), { admin: true });

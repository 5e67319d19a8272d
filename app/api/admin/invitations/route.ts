// GET /api/admin/invitations — recent invitations · POST — { role?, email?, expiresInHours? } → 201 { link, … } (admins)
import { createInvitation, createInvitationSchema, listRecentInvitations } from "@/lib/auth/invitations";
import { invitationLink, toInvitationView } from "@/lib/admin/invitation-view";
import { json, readJson, withUser } from "../../_lib/handler";

export const GET = withUser(async () => json({ items: (await listRecentInvitations()).map((invitation) => toInvitationView(invitation)) }, 200, { "cache-control": "no-store" }), { admin: true });

export const POST = withUser(
  async ({ request, user }) => {
    const input = await readJson(request, createInvitationSchema);
    const { path, invitation } = await createInvitation({ actor: user, input });
    return json({ ...toInvitationView(invitation), link: invitationLink(request.url, path) }, 201, { "cache-control": "no-store" });
  },
  { admin: true },
);

// DELETE /api/admin/invitations/:id — withdraw an unused invitation (admins; audited)
import { withdrawInvitation } from "@/lib/auth/invitations";
import { withUser } from "../../../_lib/handler";

export const DELETE = withUser<{ id: string }>(
  async ({ user, params }) => {
    await withdrawInvitation({ actor: user, id: params.id });
    return new Response(null, { status: 204 });
  },
  { admin: true },
);

// POST /api/admin/users/:id/sign-out — end every session of the account on every server (admins; audited)
import { signOutUserEverywhere } from "@/lib/admin/users";
import { json, withUser } from "../../../../_lib/handler";

export const POST = withUser<{ id: string }>(
  async ({ user, params }) => json({ endedSessions: await signOutUserEverywhere({ actor: user, userId: params.id }) }),
  { admin: true },
);

// DELETE /api/tokens/:id — revoke one of the user's API tokens
import { revokeUserApiToken } from "@/lib/auth/api-tokens";
import { withUser } from "../../_lib/handler";

export const DELETE = withUser<{ id: string }>(async ({ userId, params }) => {
  await revokeUserApiToken({ id: params.id, userId });
  return new Response(null, { status: 204 });
});

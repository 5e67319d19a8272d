// DELETE /api/tokens/:id — revoke one of the user's API tokens (browser session only)
import { revokeToken } from "@/lib/auth/api-tokens";
import { withUser } from "../../_lib/handler";

export const DELETE = withUser<{ id: string }>(
  async ({ userId, params }) => {
    await revokeToken({ id: params.id, userId });
    return new Response(null, { status: 204 });
  },
  { access: "session" },
);

// DELETE /api/tokens/:id — revoke one of the user's API tokens
import { revokeApiToken } from "@/lib/db/api-tokens";
import { AppError } from "@/lib/errors";
import { withUser } from "../../_lib/handler";

export const DELETE = withUser<{ id: string }>(async ({ userId, params }) => {
  if (!(await revokeApiToken({ id: params.id, userId }))) throw new AppError("not_found:token", "This token does not exist.");
  return new Response(null, { status: 204 });
});

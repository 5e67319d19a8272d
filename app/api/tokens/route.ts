// GET /api/tokens — the user's API tokens · POST /api/tokens — create one (the token is shown once)
// Browser session only: a token can never create or revoke tokens.
import { createApiToken, createTokenSchema, listTokens } from "@/lib/auth/api-tokens";
import { json, readJson, withUser } from "../_lib/handler";

export const GET = withUser(async ({ userId }) => json({ items: await listTokens({ userId }) }, 200, { "cache-control": "no-store" }), { access: "session" });

export const POST = withUser(
  async ({ request, userId }) => {
    const input = await readJson(request, createTokenSchema);
    const { token, record } = await createApiToken({ userId, input });
    return json({ ...record, token }, 201, { "cache-control": "no-store" });
  },
  { access: "session" },
);

// GET /api/tokens — the user's API tokens · POST /api/tokens — create one (the token is shown once)
import { createApiToken, createTokenSchema, listUserApiTokens } from "@/lib/auth/api-tokens";
import { json, readJson, withUser } from "../_lib/handler";

export const GET = withUser(async ({ userId }) => json({ items: await listUserApiTokens({ userId }) }));

export const POST = withUser(async ({ request, userId }) => {
  const { name } = await readJson(request, createTokenSchema);
  const { token, record } = await createApiToken({ userId, name });
  return json({ ...record, token }, 201);
});

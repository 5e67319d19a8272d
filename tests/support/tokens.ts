import { createApiToken } from "@/lib/auth/api-tokens";

/** A personal API token of the user with this scope. */
export async function tokenFor(userId: string, scope: "read" | "generate", expiresInDays?: number): Promise<string> {
  return (await createApiToken({ userId, input: { name: `${scope} token`, scope, expiresInDays } })).token;
}

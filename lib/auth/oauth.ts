import "server-only";
import { insertAccount } from "@/lib/db/registrations";
import { findUserByOAuthAccount } from "@/lib/db/oauth-accounts";
import type { UserRecord } from "@/lib/db/users";
import { getEnv } from "@/lib/env";
import { isConfiguredAdmin } from "./roles";

/**
 * Whether an OAuth sign-in may go on: a known, enabled account may always sign in; a new one
 * only while SIGNUP_MODE is open (invitations are used with email and password). Returns the
 * reason for a refusal, shown on the sign-in page.
 */
export async function oauthSignInRefusal({ provider, providerAccountId }: { provider: string; providerAccountId: string }): Promise<"disabled" | "signup_closed" | null> {
  const user = await findUserByOAuthAccount({ provider, providerAccountId });
  if (user) return user.disabledAt ? "disabled" : null;
  return getEnv().SIGNUP_MODE === "open" ? null : "signup_closed";
}

/** Creates the account of a first OAuth sign-in, with the same first-admin and ADMIN_EMAILS rules as sign-up. */
export async function createOAuthUser(data: { email: string; name?: string | null; image?: string | null; emailVerified?: Date | null }): Promise<UserRecord> {
  const email = data.email.trim().toLowerCase();
  return insertAccount({ email, name: data.name ?? null, image: data.image ?? null, emailVerified: data.emailVerified ?? null, adminByConfig: isConfiguredAdmin(email) });
}

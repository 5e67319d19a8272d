import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { signOut } from "@/lib/auth/next-auth";
import { authenticateRequest } from "@/lib/auth/request-auth";
import { isAdmin } from "@/lib/auth/roles";
import type { Principal } from "@/lib/auth/principal";
import { safeRedirectPath } from "@/lib/http/redirect";
import { assertSameSiteAction } from "./action-guard";

/** The signed-in user as pages see it. */
export type SignedInUser = Principal["user"];

/** The browser session of this request (cookies only: pages never act on a Bearer token), or null. */
export async function currentSession(): Promise<{ user: SignedInUser; sessionToken: string } | null> {
  const cookie = (await headers()).get("cookie");
  if (!cookie) return null;
  const principal = await authenticateRequest(new Headers({ cookie })).catch(() => null);
  return principal?.via === "session" ? { user: principal.user, sessionToken: principal.sessionToken } : null;
}

/** The signed-in session for a studio page; anyone else is sent to sign in and brought back after. */
export async function requireSession(returnTo = "/"): Promise<{ user: SignedInUser; sessionToken: string }> {
  const session = await currentSession();
  if (!session) redirect(`/sign-in?callbackUrl=${encodeURIComponent(safeRedirectPath(returnTo))}`);
  return session;
}

export async function requireUser(returnTo = "/"): Promise<SignedInUser> {
  return (await requireSession(returnTo)).user;
}

/** Admin pages answer 404 to everyone else, as a missing page would. */
export async function requireAdmin(returnTo = "/admin"): Promise<SignedInUser> {
  const user = await requireUser(returnTo);
  if (!isAdmin(user)) notFound();
  return user;
}

export async function signOutAction(): Promise<void> {
  "use server";
  await assertSameSiteAction();
  await signOut({ redirectTo: "/sign-in" });
}

import "server-only";
import { getEnv } from "@/lib/env";

export type OAuthProvider = "github" | "google";

/** Which OAuth providers this server offers: only those whose variables are set. */
export function oauthProviders(): OAuthProvider[] {
  const env = getEnv();
  const list: OAuthProvider[] = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) list.push("github");
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) list.push("google");
  return list;
}

const AUTHORIZATION_ORIGINS: Record<OAuthProvider, string> = { github: "https://github.com", google: "https://accounts.google.com" };

/** The authorization pages a sign-in form may send a browser to (the page CSP's form-action). */
export function oauthFormTargets(): string[] {
  return oauthProviders().map((provider) => AUTHORIZATION_ORIGINS[provider]);
}

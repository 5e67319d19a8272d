import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import type { Adapter } from "next-auth/adapters";
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { authenticate } from "./accounts";

/** Which sign-in providers this server offers: OAuth ones only when their variables are set. */
export function oauthProviders(): Array<"github" | "google"> {
  const env = getEnv();
  const list: Array<"github" | "google"> = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) list.push("github");
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) list.push("google");
  return list;
}

function config(): NextAuthConfig {
  const env = getEnv();
  const providers: NextAuthConfig["providers"] = [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: async (credentials) => {
        const user = await authenticate(credentials);
        return user ? { id: user.id, email: user.email, name: user.name } : null;
      },
    }),
  ];
  if (oauthProviders().includes("github")) providers.push(GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET }));
  if (oauthProviders().includes("google")) providers.push(Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }));
  return {
    adapter: PrismaAdapter(db()) as Adapter,
    // Credentials sign-in needs JWT sessions; OAuth accounts are still stored through the adapter.
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    secret: env.AUTH_SECRET,
    trustHost: true,
    pages: { signIn: "/sign-in" },
    // A wrong password is an answer, not a server error: keep it out of the error log.
    logger: {
      error(error) {
        // Auth.js errors carry their kind in `type`; `name` is minified in production builds.
        if ((error as Error & { type?: string }).type === "CredentialsSignin") return;
        log.error("auth error", { error });
      },
      warn(code) {
        log.warn("auth warning", { code });
      },
    },
    providers,
    callbacks: {
      jwt({ token, user }) {
        if (user?.id) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => config());

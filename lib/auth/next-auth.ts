import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { clientIpOf } from "@/lib/http/request-ip";
import { safeRedirectPath } from "@/lib/http/redirect";
import { log } from "@/lib/log";
import { signInWithPassword } from "./accounts";
import { createOAuthUser, oauthSignInRefusal } from "./oauth";
import { oauthProviders } from "./oauth-targets";
import { endSession, resolveSession, SESSION_MAX_AGE_SECONDS, startSession } from "./sessions";

export { oauthProviders };

/** Refusals of a password sign-in that the form explains (Auth.js passes `code` along). */
export class SignInRateLimited extends CredentialsSignin {
  override code = "rate_limited";
}
export class SignInDisabled extends CredentialsSignin {
  override code = "disabled";
}

function adapter(): Adapter {
  const base = PrismaAdapter(db()) as Adapter;
  return {
    ...base,
    // A first OAuth sign-in follows the same first-admin and ADMIN_EMAILS rules as a sign-up.
    async createUser(data: AdapterUser): Promise<AdapterUser> {
      const user = await createOAuthUser(data);
      return { id: user.id, email: user.email ?? data.email, emailVerified: data.emailVerified ?? null, name: user.name, image: data.image ?? null };
    },
  };
}

function config(): NextAuthConfig {
  const env = getEnv();
  // Auth.js reads AUTH_URL itself; APP_URL names the same origin.
  if (!process.env.AUTH_URL && env.APP_URL) process.env.AUTH_URL = env.APP_URL;
  const providers: NextAuthConfig["providers"] = [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: async (credentials, request) => {
        try {
          const user = await signInWithPassword(credentials, { ip: clientIpOf(request.headers) });
          return user ? { id: user.id, email: user.email, name: user.name } : null;
        } catch (error) {
          if (isAppError(error) && error.code === "rate_limited:sign_in") throw new SignInRateLimited();
          if (isAppError(error) && error.code === "forbidden:account_disabled") throw new SignInDisabled();
          throw error;
        }
      },
    }),
  ];
  if (oauthProviders().includes("github")) providers.push(GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET }));
  if (oauthProviders().includes("google")) providers.push(Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }));
  return {
    adapter: adapter(),
    // Credentials sign-in needs JWT sessions. Each cookie names a Session row (`sid`), checked on
    // every request, so ending a session on the server ends it for that browser at once.
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    secret: env.AUTH_SECRET,
    trustHost: true,
    pages: { signIn: "/sign-in", error: "/sign-in" },
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
      async signIn({ account }) {
        if (!account || account.type === "credentials") return true;
        const refusal = await oauthSignInRefusal({ provider: account.provider, providerAccountId: account.providerAccountId });
        return refusal ? `/sign-in?error=${refusal}` : true;
      },
      async jwt({ token, user }) {
        if (user?.id) {
          token.sub = user.id;
          token.sid = await startSession(user.id);
          return token;
        }
        const sid = typeof token.sid === "string" ? token.sid : null;
        const live = sid ? await resolveSession(sid) : null;
        // Ended, expired, or its account disabled: the cookie is cleared and the visitor signed out.
        return live && live.id === token.sub ? token : null;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
      redirect({ url, baseUrl }) {
        const base = new URL(baseUrl).origin;
        let target = url;
        try {
          const absolute = new URL(url);
          if (absolute.origin === base) target = `${absolute.pathname}${absolute.search}${absolute.hash}`;
        } catch {
          // A relative URL: judged as it is.
        }
        return `${base}${safeRedirectPath(target)}`;
      },
    },
    events: {
      async signOut(message) {
        const sid = "token" in message && message.token && typeof message.token.sid === "string" ? message.token.sid : null;
        if (sid) await endSession(sid);
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => config());

import { encode } from "next-auth/jwt";
import { startSession } from "@/lib/auth/sessions";

/** The cookie a browser holds after signing in: an Auth.js JWT naming a server-side session. */
export async function sessionCookie(userId: string): Promise<{ cookie: string; sessionToken: string }> {
  const sessionToken = await startSession(userId);
  const salt = "authjs.session-token";
  const jwt = await encode({ token: { sub: userId, sid: sessionToken }, secret: process.env.AUTH_SECRET!, salt, maxAge: 3600 });
  return { cookie: `${salt}=${jwt}`, sessionToken };
}

/** Headers of a same-site browser write (what the site's own pages send). */
export const SAME_SITE = { host: "localhost", origin: "http://localhost", "sec-fetch-site": "same-origin" } as const;

/** Headers of a write made by another site's page. */
export const CROSS_SITE = { host: "localhost", origin: "https://evil.example", "sec-fetch-site": "cross-site" } as const;

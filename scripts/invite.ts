// `npm run invite -- [--admin] [--email a@b.c] [--hours 72]`: prints a single-use sign-up link made on
// the server itself. This is how the first admin of a server in SIGNUP_MODE=invite (or any admin
// locked out) gets in: nobody needs to be signed in, and nothing is reachable from the web.
import { existsSync } from "node:fs";
import { Command } from "commander";
import { createInvitation, createInvitationSchema } from "@/lib/auth/invitations";
import { disconnectDb } from "@/lib/db/client";
import { configuredOrigin } from "@/lib/http/origin";

const program = new Command()
  .name("npm run invite --")
  .description("Create a single-use invitation link")
  .option("--admin", "the new account is an admin")
  .option("--email <email>", "the link works for this email only")
  .option("--hours <hours>", "how long the link works (default INVITATION_TTL_HOURS)")
  .parse();

async function main(): Promise<void> {
  // Like `npm start`: .env and .env.local fill in what the environment does not set.
  for (const file of [".env", ".env.local"]) if (existsSync(file)) process.loadEnvFile(file);
  const options = program.opts<{ admin?: boolean; email?: string; hours?: string }>();
  const input = createInvitationSchema.parse({ role: options.admin ? "admin" : "member", email: options.email, expiresInHours: options.hours });
  const { path, invitation } = await createInvitation({ actor: null, input });
  const origin = configuredOrigin() ?? `http://localhost:${process.env.PORT ?? "3000"}`;
  console.log(`${new URL(path, origin).toString()}\n(${invitation.role}, ${invitation.email ?? "any email"}, until ${invitation.expiresAt.toISOString()})`);
  await disconnectDb();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

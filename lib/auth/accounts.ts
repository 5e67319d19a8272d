import "server-only";
import { z } from "zod";
import { insertAccount } from "@/lib/db/registrations";
import { findUserForSignIn, type UserRecord } from "@/lib/db/users";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { assertSignInAllowed, recordSignInFailure, recordSignInSuccess } from "@/lib/limits/sign-in";
import { consumeSignUpAttempt } from "@/lib/limits/sign-up";
import { hashInvitationToken } from "./invitations";
import { MIN_PASSWORD_LENGTH, hashPassword, verifyPassword } from "./password";
import { isConfiguredAdmin } from "./roles";

export const signUpSchema = z
  .object({
    name: z.string().trim().max(100, "The name can be at most 100 characters.").optional().default(""),
    email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address.")),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`)
      .max(200, "The password can be at most 200 characters."),
    invitation: z.string().trim().max(200).optional(),
  })
  .strict();

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()).pipe(z.string().max(320)),
  password: z.string().min(1).max(200),
});

/** Whether an account may be made now, by SIGNUP_MODE: open to all, by invitation only, or not at all. */
export function assertSignUpOpen(invitation: string | undefined): void {
  const mode = getEnv().SIGNUP_MODE;
  if (mode === "closed") throw new AppError("forbidden:signup_closed", "New accounts cannot be created on this server.");
  if (mode === "invite" && !invitation) throw new AppError("forbidden:invitation_required", "This server accepts new accounts by invitation only. Ask an administrator for an invitation link.");
}

/**
 * Creates an email + password account: at most LIMIT_SIGNUPS_PER_IP attempts an hour from one
 * address, only as SIGNUP_MODE allows, an invitation link used at most once. The first account of
 * the installation, ADMIN_EMAILS and admin invitations make admins.
 */
export async function signUp(input: z.output<typeof signUpSchema>, { ip }: { ip: string }): Promise<UserRecord> {
  await consumeSignUpAttempt({ ip });
  assertSignUpOpen(input.invitation);
  // An invitation also works in open mode (it may carry the admin role).
  return insertAccount({
    email: input.email,
    name: input.name || null,
    passwordHash: await hashPassword(input.password),
    invitationHash: input.invitation ? hashInvitationToken(input.invitation) : undefined,
    adminByConfig: isConfiguredAdmin(input.email),
  });
}

// Verifying against a real hash even for unknown emails keeps timing from revealing which exist.
let decoyHash: Promise<string> | undefined;

/**
 * The user for these credentials, or null. Wrong passwords are counted per account + address
 * and per address; while locked out, even the right password is refused with a 429 and the wait.
 * A disabled account is refused after its password was checked (so strangers learn nothing).
 */
export async function signInWithPassword(raw: unknown, { ip }: { ip: string }): Promise<UserRecord | null> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  await assertSignInAllowed({ email, ip });
  const user = await findUserForSignIn(email);
  if (!user?.passwordHash) {
    decoyHash ??= hashPassword("decoy-password-for-timing");
    await verifyPassword(await decoyHash, password);
    await recordSignInFailure({ email, ip });
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordSignInFailure({ email, ip });
    return null;
  }
  await recordSignInSuccess({ email, ip });
  if (user.disabledAt) throw new AppError("forbidden:account_disabled", "This account has been disabled by an administrator.");
  const { passwordHash: _omit, ...safe } = user;
  return safe;
}

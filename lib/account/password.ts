import "server-only";
import { z } from "zod";
import { getPasswordHash, setPasswordHash } from "@/lib/db/users";
import { AppError } from "@/lib/errors";
import { MIN_PASSWORD_LENGTH, hashPassword, verifyPassword } from "@/lib/auth/password";
import { endAllSessions } from "@/lib/auth/sessions";
import { assertSignInAllowed, recordSignInFailure } from "@/lib/limits/sign-in";

export const changePasswordSchema = z.object({
  current: z.string().max(200),
  next: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(200, "The password can be at most 200 characters."),
});
export type ChangePasswordInput = z.output<typeof changePasswordSchema>;

/**
 * Changes the password after checking the current one (wrong guesses count like failed sign-ins,
 * so a stolen session cannot try passwords freely), then ends every other session of the account
 * on every server. The browser that made the change stays signed in.
 */
export async function changePassword({
  user,
  sessionToken,
  input,
  ip,
}: {
  user: { id: string; email: string | null };
  sessionToken: string;
  input: ChangePasswordInput;
  ip: string;
}): Promise<{ endedSessions: number }> {
  const email = user.email ?? user.id;
  await assertSignInAllowed({ email, ip });
  const hash = await getPasswordHash(user.id);
  if (!hash) throw new AppError("conflict:no_password", "This account signs in with GitHub or Google and has no password to change.");
  if (!(await verifyPassword(hash, input.current))) {
    await recordSignInFailure({ email, ip });
    throw new AppError("invalid:current_password", "The current password is not right.", { fields: { current: "The current password is not right." } });
  }
  await setPasswordHash({ id: user.id, passwordHash: await hashPassword(input.next) });
  return { endedSessions: await endAllSessions({ userId: user.id, except: sessionToken }) };
}

import "server-only";
import { z } from "zod";
import { createUser, findUserForSignIn, type UserRecord } from "@/lib/db/users";
import { MIN_PASSWORD_LENGTH, hashPassword, verifyPassword } from "./password";

export const signUpSchema = z
  .object({
    name: z.string().trim().max(100, "The name can be at most 100 characters.").optional().default(""),
    email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address.")),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`)
      .max(200, "The password can be at most 200 characters."),
  })
  .strict();

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200),
});

/** Creates an email + password account; a duplicate email is refused with a clear message. */
export async function signUp(input: z.output<typeof signUpSchema>): Promise<UserRecord> {
  return createUser({ email: input.email, name: input.name || null, passwordHash: await hashPassword(input.password) });
}

// Verifying against a real hash even for unknown emails keeps timing from revealing which exist.
let decoyHash: Promise<string> | undefined;

/** The user for these credentials, or null. */
export async function authenticate(raw: unknown): Promise<UserRecord | null> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const user = await findUserForSignIn(parsed.data.email);
  if (!user?.passwordHash) {
    decoyHash ??= hashPassword("decoy-password-for-timing");
    await verifyPassword(await decoyHash, parsed.data.password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, parsed.data.password))) return null;
  const { passwordHash: _omit, ...safe } = user;
  return safe;
}

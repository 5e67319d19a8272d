import { redirect } from "next/navigation";
import { auth, signOut } from "@/lib/auth/next-auth";
import { isAppError } from "@/lib/errors";
import { getUserProfile, type UserProfile } from "@/lib/users/profile";

/** The signed-in user for a studio page; anyone else is sent to sign in and brought back after. */
export async function requireUser(returnTo = "/"): Promise<UserProfile> {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  try {
    return await getUserProfile(id);
  } catch (error) {
    // A session whose user was deleted is no session.
    if (isAppError(error)) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
    throw error;
  }
}

export async function signOutAction(): Promise<void> {
  "use server";
  await signOut({ redirectTo: "/sign-in" });
}

import "server-only";
import { getUserOrThrow, type UserRecord } from "@/lib/db/users";

/** The signed-in user's profile: name, email, language and budget. */
export type UserProfile = UserRecord;

/** The profile of a signed-in user; a user deleted since signing in is `unauthorized:session`. */
export async function getUserProfile(id: string): Promise<UserProfile> {
  return getUserOrThrow(id);
}

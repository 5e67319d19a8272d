import "server-only";
import { getEnv } from "@/lib/env";
import { findInvitation } from "./invitations";

/** What the sign-up page may offer: a form (open, or with a valid invitation), or why not. */
export type SignUpAccess =
  | { kind: "open" }
  | { kind: "invited"; email: string | null; role: "admin" | "member" }
  | { kind: "invitation_invalid" }
  | { kind: "invitation_required" }
  | { kind: "closed" };

export async function signUpAccess(invitationToken: string | undefined): Promise<SignUpAccess> {
  const mode = getEnv().SIGNUP_MODE;
  if (mode === "closed") return { kind: "closed" };
  if (invitationToken) {
    const invitation = await findInvitation(invitationToken);
    return invitation ? { kind: "invited", email: invitation.email, role: invitation.role } : { kind: "invitation_invalid" };
  }
  return mode === "invite" ? { kind: "invitation_required" } : { kind: "open" };
}

import type { TokenScope } from "@/lib/db/api-tokens";
import type { UserRecord } from "@/lib/db/users";

/**
 * Who makes a request and what they may do. A browser session may do everything its user may;
 * a personal token only what its scope allows, and never manage tokens.
 */
export type Principal =
  | { via: "session"; user: UserRecord; sessionToken: string }
  | { via: "token"; user: UserRecord; scope: TokenScope };

/** What a route needs: reading, starting or changing work, or a browser session (tokens, admin). */
export type Access = "read" | "generate" | "session";

/** True when the principal may make a request needing `access`. */
export function allows(principal: Principal, access: Access): boolean {
  if (principal.via === "session") return true;
  if (access === "session") return false;
  return access === "read" || principal.scope === "generate";
}

import { describe, expect, it } from "vitest";
import { allows, type Access, type Principal } from "@/lib/auth/principal";
import type { UserRecord } from "@/lib/db/users";

const user: UserRecord = { id: "u", name: null, email: "u@example.test", locale: null, role: "member", disabledAt: null, budgetUsd: null, ownLimitUsd: null, createdAt: new Date() };
const session: Principal = { via: "session", user, sessionToken: "s" };
const readToken: Principal = { via: "token", user, scope: "read" };
const generateToken: Principal = { via: "token", user, scope: "generate" };

describe("what each credential may do", () => {
  const table: Array<[string, Principal, Record<Access, boolean>]> = [
    ["a browser session", session, { read: true, generate: true, session: true }],
    ["a read token", readToken, { read: true, generate: false, session: false }],
    ["a generate token", generateToken, { read: true, generate: true, session: false }],
  ];
  it.each(table)("%s", (_label, principal, expected) => {
    for (const access of ["read", "generate", "session"] as const) expect(allows(principal, access)).toBe(expected[access]);
  });
});

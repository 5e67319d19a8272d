import { expect, it } from "vitest";
import { configureEngine } from "./harness";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Short windows so that recovery can be watched: 1 s for the first lockout, then 2 s, 4 s…
const WINDOWS = { accountSeconds: 30, ipSeconds: 30, firstLockoutSeconds: 1, maxLockoutSeconds: 4, lockoutMemorySeconds: 60 };

/** Sign-in failure limits, run the same way against each store. */
export function defineSignInLimitCases(): void {
  it("locks an account + address out from its LIMIT_SIGNIN_FAILURES-th failure, longer each time, and lets it in again after", async () => {
    configureEngine({ extra: { LIMIT_SIGNIN_FAILURES: "3", LIMIT_SIGNIN_FAILURES_PER_IP: "1000" } });
    const { recordSignInFailure, signInWaitMs, assertSignInAllowed } = await import("@/lib/limits/sign-in");
    const who = { email: `victim-${Date.now()}@example.test`, ip: "192.0.2.20", windows: WINDOWS };
    await recordSignInFailure(who);
    await recordSignInFailure(who);
    expect(await signInWaitMs(who)).toBe(0);
    await recordSignInFailure(who);
    const first = await signInWaitMs(who);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(1000);
    await expect(assertSignInAllowed(who)).rejects.toMatchObject({ code: "rate_limited:sign_in", status: 429, details: { retryAfterSeconds: 1 } });
    // The same account from another address is not locked out.
    expect(await signInWaitMs({ ...who, ip: "192.0.2.21" })).toBe(0);
    await sleep(1100);
    expect(await signInWaitMs(who)).toBe(0);
    for (let i = 0; i < 3; i++) await recordSignInFailure(who);
    expect(await signInWaitMs(who)).toBeGreaterThan(1000);
  });

  it("locks an address out after LIMIT_SIGNIN_FAILURES_PER_IP failures on any accounts", async () => {
    configureEngine({ extra: { LIMIT_SIGNIN_FAILURES: "1000", LIMIT_SIGNIN_FAILURES_PER_IP: "4" } });
    const { recordSignInFailure, signInWaitMs } = await import("@/lib/limits/sign-in");
    const ip = "192.0.2.30";
    for (let i = 0; i < 3; i++) await recordSignInFailure({ email: `sprayed-${i}@example.test`, ip, windows: WINDOWS });
    expect(await signInWaitMs({ email: "next@example.test", ip, windows: WINDOWS })).toBe(0);
    await recordSignInFailure({ email: "sprayed-3@example.test", ip, windows: WINDOWS });
    expect(await signInWaitMs({ email: "anyone@example.test", ip, windows: WINDOWS })).toBeGreaterThan(0);
    expect(await signInWaitMs({ email: "anyone@example.test", ip: "192.0.2.31", windows: WINDOWS })).toBe(0);
  });

  it("a right password clears the account + address's failures; a locked-out one is refused even with it", async () => {
    configureEngine({ extra: { LIMIT_SIGNIN_FAILURES: "2", LIMIT_SIGNIN_FAILURES_PER_IP: "1000" } });
    const { signInWithPassword } = await import("@/lib/auth/accounts");
    const { hashPassword } = await import("@/lib/auth/password");
    const { db } = await import("@/lib/db/client");
    const email = `owner-${Date.now()}@example.test`;
    await db().user.create({ data: { email, passwordHash: await hashPassword("the right one") } });
    const ip = "192.0.2.40";
    expect(await signInWithPassword({ email, password: "wrong" }, { ip })).toBeNull();
    expect(await signInWithPassword({ email, password: "the right one" }, { ip })).toMatchObject({ email });
    expect(await signInWithPassword({ email, password: "wrong" }, { ip })).toBeNull();
    expect(await signInWithPassword({ email, password: "the right one" }, { ip })).toMatchObject({ email });
    expect(await signInWithPassword({ email, password: "wrong" }, { ip })).toBeNull();
    expect(await signInWithPassword({ email, password: "wrong" }, { ip })).toBeNull();
    await expect(signInWithPassword({ email, password: "the right one" }, { ip })).rejects.toMatchObject({ code: "rate_limited:sign_in", status: 429 });
    // Unknown emails are counted the same way (no hint about which accounts exist).
    const stranger = { email: "nobody@example.test", password: "x" };
    expect(await signInWithPassword(stranger, { ip: "192.0.2.41" })).toBeNull();
    expect(await signInWithPassword(stranger, { ip: "192.0.2.41" })).toBeNull();
    await expect(signInWithPassword(stranger, { ip: "192.0.2.41" })).rejects.toMatchObject({ status: 429 });
  });
}

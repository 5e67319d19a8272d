import "server-only";
import { RateLimiterRes } from "rate-limiter-flexible";
import { getEnv } from "@/lib/env";
import { ipLimitKey } from "@/lib/http/client-ip";
import { rateLimited } from "./rate-limited";
import { limiterFor } from "./store";

/** Windows of the failure counters, and the first lockout (doubled at each further one within a day). */
export interface SignInWindows {
  accountSeconds: number;
  ipSeconds: number;
  firstLockoutSeconds: number;
  maxLockoutSeconds: number;
  lockoutMemorySeconds: number;
}

export const SIGN_IN_WINDOWS: SignInWindows = {
  accountSeconds: 15 * 60,
  ipSeconds: 60 * 60,
  firstLockoutSeconds: 60,
  maxLockoutSeconds: 24 * 60 * 60,
  lockoutMemorySeconds: 24 * 60 * 60,
};

async function limiters(windows: SignInWindows) {
  const env = getEnv();
  const [account, ip, lockouts] = await Promise.all([
    limiterFor({ keyPrefix: "signin-account-ip", points: env.LIMIT_SIGNIN_FAILURES, duration: windows.accountSeconds }),
    limiterFor({ keyPrefix: "signin-ip", points: env.LIMIT_SIGNIN_FAILURES_PER_IP, duration: windows.ipSeconds }),
    // How many lockouts each key had lately: each one doubles the next.
    limiterFor({ keyPrefix: "signin-lockouts", points: 1_000_000, duration: windows.lockoutMemorySeconds }),
  ]);
  return { account, ip, lockouts };
}

function keys(email: string, ip: string): { account: string; ip: string } {
  const network = ipLimitKey(ip);
  return { account: `${email.trim().toLowerCase()}|${network}`, ip: network };
}

/** The lockout after the `n`-th (1-based) within the memory window: first, then twice as long each time, capped. */
export function lockoutSeconds(n: number, windows: SignInWindows = SIGN_IN_WINDOWS): number {
  return Math.min(windows.maxLockoutSeconds, windows.firstLockoutSeconds * 2 ** Math.max(0, n - 1));
}

/**
 * Milliseconds before this account + address may try again (0: now). Reads only. A key is locked
 * out from its LIMIT_SIGNIN_FAILURES-th failure (per account + address, per 15 minutes) or its
 * LIMIT_SIGNIN_FAILURES_PER_IP-th (per address, per hour).
 */
export async function signInWaitMs({ email, ip, windows = SIGN_IN_WINDOWS }: { email: string; ip: string; windows?: SignInWindows }): Promise<number> {
  const l = await limiters(windows);
  const k = keys(email, ip);
  const [account, byIp] = await Promise.all([l.account.get(k.account), l.ip.get(k.ip)]);
  const blocked = (res: RateLimiterRes | null, points: number) => (res && res.consumedPoints > points ? res.msBeforeNext : 0);
  return Math.max(blocked(account, l.account.points), blocked(byIp, l.ip.points));
}

/** Refuses (429) a sign-in while its account + address or its address is locked out. */
export async function assertSignInAllowed(input: { email: string; ip: string; windows?: SignInWindows }): Promise<void> {
  const wait = await signInWaitMs(input);
  if (wait > 0) throw rateLimited("sign_in", wait);
}

type Limiter = Awaited<ReturnType<typeof limiters>>["account"];

async function countFailure(limiter: Limiter, lockouts: Limiter, key: string, lockoutKey: string, windows: SignInWindows): Promise<void> {
  let consumed: number;
  try {
    consumed = (await limiter.consume(key)).consumedPoints;
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    consumed = error.consumedPoints;
  }
  if (consumed < limiter.points) return;
  // The last allowed failure: lock the key out, longer each time it happens again.
  const n = (await lockouts.consume(lockoutKey)).consumedPoints;
  await limiter.block(key, lockoutSeconds(n, windows));
}

/** Counts a wrong password for this account + address and for the address; the last allowed one starts a lockout. */
export async function recordSignInFailure({ email, ip, windows = SIGN_IN_WINDOWS }: { email: string; ip: string; windows?: SignInWindows }): Promise<void> {
  const l = await limiters(windows);
  const k = keys(email, ip);
  await countFailure(l.account, l.lockouts, k.account, `account|${k.account}`, windows);
  await countFailure(l.ip, l.lockouts, k.ip, `ip|${k.ip}`, windows);
}

/** A right password clears this account + address's failures (the address keeps its count). */
export async function recordSignInSuccess({ email, ip, windows = SIGN_IN_WINDOWS }: { email: string; ip: string; windows?: SignInWindows }): Promise<void> {
  await (await limiters(windows)).account.delete(keys(email, ip).account);
}

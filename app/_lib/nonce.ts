import { headers } from "next/headers";

/** This page's CSP nonce (set by proxy.ts), for the few inline elements a page writes itself. */
export async function cspNonce(): Promise<string | undefined> {
  return (await headers()).get("x-nonce") ?? undefined;
}

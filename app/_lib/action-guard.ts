import { headers } from "next/headers";
import { isCrossSiteWrite } from "@/lib/http/cross-site";
import { clientIpOf } from "@/lib/http/request-ip";

/**
 * Refuses a server action posted from another site's page (its Origin is not this site's, or
 * Sec-Fetch-Site says cross-site), judged against APP_URL / AUTH_URL, never X-Forwarded-Host.
 */
export async function assertSameSiteAction(): Promise<void> {
  const h = await headers();
  if (isCrossSiteWrite({ method: "POST", origin: h.get("origin"), secFetchSite: h.get("sec-fetch-site"), host: h.get("host") })) {
    throw new Error("This request came from another site and was refused.");
  }
}

/** The client's address for limits, as the server set it. */
export async function actionClientIp(): Promise<string> {
  return clientIpOf(await headers());
}

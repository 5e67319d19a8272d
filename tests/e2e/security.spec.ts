import http from "node:http";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { AuthPages, newEmail } from "./support";

const port = Number(process.env.E2E_PORT ?? 3100);

function expectCommonHeaders(headers: Record<string, string>): void {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=(self)");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
}

/** Collects every CSP violation the page reports. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  return violations;
}

async function makePage(page: Page): Promise<string> {
  const started = await page.request.post("/api/coloring-pages", { data: { theme: "a lighthouse by the sea" } });
  expect(started.status()).toBe(202);
  const { jobId } = (await started.json()) as { jobId: string };
  let job: { status: string; imageIds: string[] } = { status: "queued", imageIds: [] };
  await expect
    .poll(async () => {
      job = (await (await page.request.get(`/api/jobs/${jobId}`)).json()) as typeof job;
      return job.status;
    }, { timeout: 60_000 })
    .toBe("succeeded");
  return job.imageIds[0]!;
}

test("pages, API answers and downloads carry the security headers; pages run under a nonce CSP without violations", async ({ page }) => {
  const violations = await watchCsp(page);
  const signIn = await page.goto("/sign-in");
  const pageHeaders = signIn!.headers();
  expectCommonHeaders(pageHeaders);
  const nonce = /'nonce-([^']+)'/.exec(pageHeaders["content-security-policy"]!)?.[1];
  expect(nonce).toBeTruthy();
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
  expect(pageHeaders["content-security-policy"]).not.toContain("unsafe-inline' 'strict");
  // A fresh nonce on every page view.
  const again = await page.goto("/sign-in");
  expect(again!.headers()["content-security-policy"]).not.toContain(nonce!);

  await new AuthPages(page).signUp(newEmail("headers"), "Hedy");
  for (const path of ["/", "/coloring", "/photos", "/scripts", "/library", "/settings", "/about"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  const api: APIResponse = await page.request.get("/api/images");
  expectCommonHeaders(api.headers());
  expect(api.headers()["content-security-policy"]).toContain("default-src 'none'");

  const imageId = await makePage(page);
  const download = await page.request.get(`/api/images/${imageId}/file?download=1`);
  expectCommonHeaders(download.headers());
  expect(download.headers()["content-type"]).toBe("image/png");
  expect(download.headers()["content-disposition"]).toBe('attachment; filename="coloring-a-lighthouse-by-the-sea.png"');
  await page.goto(`/print/${imageId}?auto=0`);
  await expect(page.getByRole("img")).toBeVisible();
  expect(violations).toEqual([]);
});

test("sign-in never sends anyone off the site, whatever callbackUrl says", async ({ page }) => {
  const auth = new AuthPages(page);
  const email = newEmail("redirects");
  await auth.signUp(email, "Remy");
  const origin = new URL(page.url()).origin;
  for (const target of ["/%5Cevil.example", "//evil.example", "https://evil.example/", "/%5C%5Cevil.example", "%2F%2Fevil.example", "javascript:alert(1)"]) {
    await page.goto(`/sign-in?callbackUrl=${target}`);
    expect(new URL(page.url()).origin).toBe(origin);
  }
  await page.goto("/sign-in?callbackUrl=/library");
  await expect(page).toHaveURL(/\/library$/);
  // And after signing in through the form.
  await auth.signOut();
  await page.goto("/sign-in?callbackUrl=/%5Cevil.example");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  expect(new URL(page.url()).origin).toBe(origin);
});

test("a cookie-carrying write from another site is refused, and a huge chunked body is cut off at its limit", async ({ page }) => {
  await new AuthPages(page).signUp(newEmail("bodies"), "Bo");
  const crossSite = await page.request.post("/api/coloring-pages", { headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site", "content-type": "text/plain" }, data: '{"theme":"x"}' });
  expect(crossSite.status()).toBe(403);
  const plain = await page.request.post("/api/coloring-pages", { headers: { "content-type": "text/plain" }, data: '{"theme":"x"}' });
  expect(plain.status()).toBe(415);

  const token = (await (await page.request.post("/api/tokens", { data: { name: "bodies", scope: "generate" } })).json()) as { token: string };
  // 40 MB announced as chunked: the answer comes as soon as the first MB has passed.
  const result = await new Promise<{ status: number; sent: number }>((resolve, reject) => {
    let sent = 0;
    const request = http.request({ host: "127.0.0.1", port, path: "/api/coloring-pages", method: "POST", headers: { authorization: `Bearer ${token.token}`, "content-type": "application/json", "transfer-encoding": "chunked" } });
    request.on("response", (response) => {
      resolve({ status: response.statusCode ?? 0, sent });
      response.resume();
      request.destroy();
    });
    request.on("error", (error) => (sent > 0 ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, 32);
    const pump = () => {
      while (sent < 40 * 1024 * 1024) {
        sent += chunk.length;
        if (!request.write(chunk)) return request.once("drain", pump);
      }
      request.end();
    };
    pump();
  });
  expect(result.status).toBe(413);
  expect(result.sent).toBeLessThan(20 * 1024 * 1024);
});

test("sign-in failures are counted per client address from the connection, not from a forged X-Forwarded-For", async ({ request }) => {
  const email = newEmail("guessed");
  const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const attempt = (forwardedFor: string) =>
    request.post("/api/auth/callback/credentials", {
      form: { email, password: "not the password", csrfToken: csrf.csrfToken },
      headers: { "x-forwarded-for": forwardedFor, "accept-language": "fr" },
      maxRedirects: 0,
    });
  // The default: 5 failures per account and address, then a lockout.
  for (let i = 0; i < 5; i++) expect((await attempt(`198.51.100.${i}`)).status()).not.toBe(429);
  const locked = await attempt("198.51.100.99");
  expect(locked.status()).toBe(429);
  expect(Number(locked.headers()["retry-after"])).toBeGreaterThan(0);
  expect(((await locked.json()) as { error: string }).error).toMatch(/^Trop de tentatives de connexion échouées\. Réessayez dans/);
});

test("a server action's body over a few KB is refused with 413", async ({ page }) => {
  await page.goto("/sign-in");
  const answer = page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/sign-in");
  await page.evaluate(() => {
    const form = document.querySelector("form")!;
    const padding = document.createElement("textarea");
    padding.name = "padding";
    padding.value = "x".repeat(64 * 1024);
    form.append(padding);
  });
  await page.getByLabel("Email").fill("someone@example.test");
  await page.getByLabel("Password").fill("whatever");
  await page.getByRole("button", { name: "Sign in" }).click();
  expect((await answer).status()).toBe(413);
});

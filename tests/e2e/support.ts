import { expect, type Page, type APIRequestContext } from "@playwright/test";
import { randomUUID } from "node:crypto";

export const PASSWORD = "correct horse battery";

export function newEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.test`;
}

/** Page object for the sign-up and sign-in forms. */
export class AuthPages {
  constructor(private readonly page: Page) {}

  /** Signs up; unless a refusal is expected, waits until the new session has landed on the studio. */
  async signUp(email: string, name = "Sam", password = PASSWORD, expected: "success" | "refusal" = "success"): Promise<void> {
    await this.page.goto("/sign-up");
    await this.page.getByLabel("Name").fill(name);
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign up" }).click();
    if (expected === "success") await this.page.waitForURL((url) => !url.pathname.startsWith("/sign-up"));
  }

  async signIn(email: string, password = PASSWORD): Promise<void> {
    await this.page.goto("/sign-in");
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  async signOut(): Promise<void> {
    const menu = this.page.getByRole("button", { name: "Menu" });
    if (await menu.isVisible()) await menu.click();
    await this.page.getByRole("button", { name: "Sign out" }).first().click();
    await expect(this.page).toHaveURL(/\/sign-in/);
  }
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function openaiControl(path: string): string {
  return `http://127.0.0.1:${Number(process.env.E2E_OPENAI_PORT ?? 4010)}/__control/${path}`;
}

/** The local OpenAI test server's recorded requests. */
export async function openaiRequests(request: APIRequestContext): Promise<Array<{ path: string; valid: boolean; body: Record<string, unknown> }>> {
  const response = await request.get(openaiControl("requests"));
  const body = (await response.json()) as { requests: Array<{ path: string; valid: boolean; body: Record<string, unknown> }> };
  return body.requests;
}

/** Makes the local OpenAI test server fail the next matching requests, e.g. `{ kind: "hatched", times: 2 }`. */
export async function openaiFail(request: APIRequestContext, spec: Record<string, unknown>): Promise<void> {
  expect((await request.post(openaiControl("fail"), { data: spec })).ok()).toBe(true);
}

/** Makes the local OpenAI test server answer every request this much later. */
export async function openaiLatency(request: APIRequestContext, ms: number): Promise<void> {
  expect((await request.post(openaiControl("latency"), { data: { ms } })).ok()).toBe(true);
}

import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { ADMIN_EMAIL } from "./tests/e2e/accounts";

// The browser suite runs the production build against a fresh database and blob folder (made anew
// at each run) and the local OpenAI test server, so it never touches a developer's data or the network.
const port = Number(process.env.E2E_PORT ?? 3100);
const openaiPort = Number(process.env.E2E_OPENAI_PORT ?? 4010);
const dataDir = path.resolve(".local/e2e");


export default defineConfig({
  testDir: "tests/e2e",
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: ".local/test-results/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "en-US",
    acceptDownloads: true,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    {
      command: `node --import tsx tests/support/openai-server-cli.ts --port ${openaiPort}`,
      url: `http://127.0.0.1:${openaiPort}/__control/requests`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `rm -rf ${dataDir} && mkdir -p ${dataDir} && node_modules/.bin/prisma migrate deploy && exec node --import tsx scripts/serve.ts -p ${port} -H 127.0.0.1`,
      url: `http://127.0.0.1:${port}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        NODE_ENV: "production",
        DATABASE_URL: `file:${dataDir}/e2e.db`,
        STORAGE_DIR: `${dataDir}/blobs`,
        AUTH_SECRET: "e2e-only-secret-not-used-anywhere-else-0123456789",
        AUTH_URL: `http://127.0.0.1:${port}`,
        IMAGE_ENGINE: "offline",
        OPENAI_API_KEY: "sk-test-inkwell",
        OPENAI_BASE_URL: `http://127.0.0.1:${openaiPort}/v1`,
        OPENAI_MAX_RETRIES: "1",
        // Short streams: every live view in the suite must survive its stream ending and resuming.
        FOLLOW_STREAM_SECONDS: "3",
        NEXT_TELEMETRY_DISABLED: "1",
        LOG_LEVEL: "warn",
        // Every browser test signs up from 127.0.0.1: the per-address sign-up limit has its own tests.
        LIMIT_SIGNUPS_PER_IP: "10000",
        ADMIN_EMAILS: ADMIN_EMAIL,
      },
    },
  ],
});

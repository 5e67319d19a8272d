import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Next.js resolves "server-only" to an empty module on the server; tests run server code too.
      "server-only": path.join(root, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    // next-auth imports "next/server" without an extension, which only a bundler resolves.
    server: { deps: { inline: ["next-auth"] } },
    reporters: ["default", "json"],
    outputFile: { json: ".local/test-results/vitest.json" },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          sequence: { groupOrder: 0 },
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
        },
      },
      {
        // The local OpenAI test server's own tests, beside it: real sockets, no database.
        extends: true,
        test: {
          name: "support",
          sequence: { groupOrder: 1 },
          include: ["tests/support/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          sequence: { groupOrder: 2 },
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/setup-integration.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two cores: two files at a time keeps image work from starving the timers.
          maxWorkers: 2,
        },
      },
    ],
  },
});

// A separate OS process serving the app's own route handlers over HTTP (no Next.js build), for
// tests where several servers share one database. Run from the repository root:
//   node --conditions=react-server --import tsx tests/support/route-server.ts
// With INKWELL_TEST_PG_CLIENT set (a client.ts generated for PostgreSQL), the app's Prisma client
// module loads that client. No job runner is started (as with JOB_RUNNER=external): queued work
// stays queued. The server prints one JSON line, {"url": ...}, once it listens, and stops on SIGTERM.
import Module from "node:module";
import path from "node:path";

// tsx loads the app's TypeScript as CommonJS, so the client is swapped where require() resolves a
// name (vi.mock does this inside Vitest): wrapping tsx's own resolver, which knows the `@/` paths.
const client = process.env.INKWELL_TEST_PG_CLIENT;
if (client) {
  const loader = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const resolveFilename = loader._resolveFilename;
  loader._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]): string {
    return request === "@/generated/prisma/client" ? client : resolveFilename.call(this, request, ...rest);
  };
}

async function main(): Promise<void> {
  // Loaded only now, so that the hook above decides which Prisma client the app's modules get.
  const { startApiServer } = await import("./api-server");
  const { disconnectDb } = await import("@/lib/db/client");
  // Only the routes that queue work: every route file would also load the pages' client modules.
  const file = path.resolve("app/api/coloring-pages/route.ts");
  // Loaded before the server answers, so that the first requests of a race do not wait on it.
  await import(file);
  const server = await startApiServer([{ path: "/api/coloring-pages", file, methods: ["POST"] }]);
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
  process.once("SIGTERM", () => {
    void server
      .close()
      .then(() => disconnectDb())
      .finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

// `npm start`: install, configure, migrate, build, then serve on PORT (3000).
import { spawn } from "node:child_process";
import { baseEnvironment, ensureAuthSecret, ensureBuild, ensureDependencies, prepareDatabase, say } from "./lib.mjs";

baseEnvironment();
ensureDependencies();
ensureAuthSecret();
prepareDatabase();
ensureBuild();

const port = process.env.PORT ?? "3000";
const engine = process.env.IMAGE_ENGINE ?? (process.env.OPENAI_API_KEY ? "openai" : "offline");
say(`serving on http://localhost:${port} with the ${engine} engine by default`);
// scripts/serve.ts wraps Next.js's handler to record each request's client address (see TRUST_PROXY_HOPS).
const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "-p", port], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

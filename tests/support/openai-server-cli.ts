/**
 * Standalone fake OpenAI server (for e2e runs and the benchmark).
 *
 *   node --import tsx tests/support/openai-server-cli.ts --port 4010 [--latency 2000] [--api-key sk-...]
 *
 * Prints `ready http://127.0.0.1:4010/v1` once listening and stays up until SIGTERM/SIGINT.
 * FAKE_OPENAI_FAULTS (optional): JSON array of faults queued at start, each a Fault
 * (`{"kind":"rate_limit","retryAfterSeconds":1}`) optionally with `times`/`path`, or
 * `{"fault":{...},"times":2,"path":"/v1/images/generations"}`.
 * Control endpoints (POST /__control/fail, POST /__control/reset, POST /__control/latency,
 * GET /__control/requests) are served on the same port.
 */
import { parseFaultSpecs, startFakeOpenAI, type FakeOpenAIOptions } from "./openai-server";

function parseArgs(argv: string[]): FakeOpenAIOptions {
  const options: FakeOpenAIOptions = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const next = (): string => {
      if (inline !== undefined) return inline;
      i += 1;
      const value = argv[i];
      if (value === undefined) throw new Error(`${flag} needs a value`);
      return value;
    };
    const number = (value: string): number => {
      const n = Number(value);
      if (!Number.isFinite(n) || n < 0) throw new Error(`${flag}: not a number: ${value}`);
      return n;
    };
    switch (flag) {
      case "--port":
        options.port = number(next());
        break;
      case "--latency":
        options.latencyMs = number(next());
        break;
      case "--api-key":
        options.apiKey = next();
        break;
      case "--help":
      case "-h":
        process.stdout.write("usage: openai-server-cli.ts [--port N] [--latency MS] [--api-key KEY]\n");
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument ${arg}`);
    }
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.port === undefined && process.env.FAKE_OPENAI_PORT) options.port = Number(process.env.FAKE_OPENAI_PORT);
  const server = await startFakeOpenAI(options);
  const faultsEnv = process.env.FAKE_OPENAI_FAULTS;
  if (faultsEnv && faultsEnv.trim() !== "") {
    const specs = parseFaultSpecs(JSON.parse(faultsEnv));
    for (const spec of specs) {
      server.fail(spec.fault, {
        ...(spec.times !== undefined ? { times: spec.times } : {}),
        ...(spec.path !== undefined ? { path: spec.path } : {}),
      });
    }
  }
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`fake-openai: ${signal}, closing\n`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  process.stdout.write(`ready ${server.url}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`fake-openai: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});

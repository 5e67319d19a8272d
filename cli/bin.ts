import { runCli } from "./main";
import { defaultIO } from "./io";

// The first Ctrl-C asks the command to stop cleanly (it cancels what it started and says what is
// left); a second one leaves at once.
const interrupt = new AbortController();
process.on("SIGINT", () => {
  if (interrupt.signal.aborted) process.exit(130);
  interrupt.abort();
});

void runCli(process.argv.slice(2), defaultIO(interrupt.signal)).then((code) => {
  process.exitCode = code;
});

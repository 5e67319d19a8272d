/**
 * Benchmark for the script parsers on hostile input: every adversarial script of the tests at
 * the largest size a script may have (MAX_SCRIPT_CHARS), timed a few times each. Prints the
 * worst one, and the characters examined per input character (the linear-time bound).
 *
 *   node --import tsx scripts/bench-parse.ts [runs]
 */
import { MAX_SCRIPT_CHARS, parseScript } from "@/lib/scripts/parse";
import { scanSteps } from "@/lib/scripts/parse/scan";
import { ADVERSARIAL_SCRIPTS } from "../tests/support/adversarial-scripts";

export interface ParseBenchResult {
  name: string;
  chars: number;
  medianMs: number;
  stepsPerChar: number;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Each adversarial script at the size limit; sorted slowest first. */
export function benchParse(runs = 3): ParseBenchResult[] {
  const results = ADVERSARIAL_SCRIPTS.map(({ name, kind, make }) => {
    const text = make(MAX_SCRIPT_CHARS - 100);
    const samples: number[] = [];
    let steps = 0;
    for (let run = 0; run < runs; run++) {
      const before = scanSteps();
      const started = performance.now();
      try {
        parseScript({ kind, text });
      } catch {
        // Most of them are refused, after reading them whole: the time to the answer counts.
      }
      samples.push(performance.now() - started);
      steps = scanSteps() - before;
    }
    return { name, chars: text.length, medianMs: median(samples), stepsPerChar: steps / text.length };
  });
  return results.sort((a, b) => b.medianMs - a.medianMs);
}

export function printParseBench(results: readonly ParseBenchResult[], all = false): void {
  const [worst] = results;
  if (!worst) return;
  const label = (text: string) => text.padEnd(60);
  const size = `${(worst.chars / 1_000_000).toFixed(1)} MB`;
  console.log(`${label(`Parse the worst ${size} script: ${worst.name}`)}${worst.medianMs.toFixed(0).padStart(6)} ms median   (${worst.stepsPerChar.toFixed(1)} steps/char)`);
  if (!all) return;
  for (const result of results.slice(1)) {
    console.log(`${label(`  ${result.name}`)}${result.medianMs.toFixed(0).padStart(6)} ms median   (${result.stepsPerChar.toFixed(1)} steps/char)`);
  }
}

if (/bench-parse\.[cm]?[jt]s$/.test(process.argv[1] ?? "")) {
  printParseBench(benchParse(Number(process.argv[2] ?? 3)), true);
}

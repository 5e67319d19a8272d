/**
 * Benchmark for the script parsers on hostile input: every adversarial script of the tests at
 * the largest size a script may have (MAX_SCRIPT_CHARS), timed a few times each. Prints the
 * worst one, and the characters examined per input character (the linear-time bound). Then the
 * same for timing files (edited timelines read back) at the upload limit.
 *
 *   node --import tsx scripts/bench-parse.ts [runs]
 */
import { MAX_SCRIPT_CHARS, parseScript } from "@/lib/scripts/parse";
import { scanSteps } from "@/lib/scripts/parse/scan";
import { readTimingFile } from "@/lib/scripts/timing/read";
import { MAX_TIMING_UPLOAD_BYTES } from "@/lib/scripts/timing/schema";
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

function repeatTo(prefix: string, unit: string, suffix: string, chars: number): string {
  return `${prefix}${unit.repeat(Math.floor((chars - prefix.length - suffix.length) / unit.length))}${suffix}`;
}

/** Timing files at the upload limit: as many clips as fit, and shapes made to slow an XML or JSON parser. */
const TIMING_FILES: ReadonlyArray<{ name: string; file: string; make: (chars: number) => string }> = [
  { name: "FCPXML of tiny clips", file: "t.fcpxml", make: (n) => repeatTo("<fcpxml><library><event><project><sequence><spine>", '<video name="001_x" offset="1/25s" duration="1/25s"/>', "</spine></sequence></project></event></library></fcpxml>", n) },
  { name: "Premiere XML of tiny clip items", file: "t.xml", make: (n) => repeatTo("<xmeml><sequence><rate><timebase>25</timebase></rate><media><video><track>", "<clipitem><name>001_x</name><start>1</start><end>2</end></clipitem>", "</track></video></media></sequence></xmeml>", n) },
  { name: "OTIO of tiny clips", file: "t.otio", make: (n) => repeatTo('{"OTIO_SCHEMA":"Timeline.1","tracks":{"OTIO_SCHEMA":"Stack.1","children":[{"OTIO_SCHEMA":"Track.1","kind":"Video","children":[', '{"OTIO_SCHEMA":"Clip.1","name":"001_x","source_range":{"start_time":{"value":0,"rate":25},"duration":{"value":25,"rate":25}}},', '{"OTIO_SCHEMA":"Gap.1"}]}]}}', n) },
  { name: "XML of boolean attributes", file: "t.xml", make: (n) => repeatTo("<r>", `<a ${"b ".repeat(60)}/>`, "</r>", n) },
  { name: "XML of entity references", file: "t.xml", make: (n) => repeatTo("<r>", `${"&amp;".repeat(10_000)}<a/>`, "</r>", n) },
  { name: "XML of 60 kB texts", file: "t.xml", make: (n) => repeatTo("<r>", `${"x".repeat(60_000)}<a/>`, "</r>", n) },
  { name: "SRT of tiny cues", file: "t.srt", make: (n) => repeatTo("", "1\n00:00:00,000 --> 00:00:00,500\n<\n\n", "", n) },
];

function timeRuns(runs: number, run: () => unknown): { medianMs: number; steps: number } {
  const samples: number[] = [];
  let steps = 0;
  for (let i = 0; i < runs; i++) {
    const before = scanSteps();
    const started = performance.now();
    try {
      run();
    } catch {
      // Most of them are refused, after reading them whole: the time to the answer counts.
    }
    samples.push(performance.now() - started);
    steps = scanSteps() - before;
  }
  return { medianMs: median(samples), steps };
}

/** Each adversarial script at the size limit; sorted slowest first. */
export function benchParse(runs = 3): ParseBenchResult[] {
  const results = ADVERSARIAL_SCRIPTS.map(({ name, kind, make }) => {
    const text = make(MAX_SCRIPT_CHARS - 100);
    const { medianMs, steps } = timeRuns(runs, () => parseScript({ kind, text }));
    return { name, chars: text.length, medianMs, stepsPerChar: steps / text.length };
  });
  return results.sort((a, b) => b.medianMs - a.medianMs);
}

/** Each timing file at the upload limit, read back as the timing route does; sorted slowest first. */
export function benchTimingFiles(runs = 3): ParseBenchResult[] {
  const results = TIMING_FILES.map(({ name, file, make }) => {
    const text = make(MAX_TIMING_UPLOAD_BYTES);
    const { medianMs, steps } = timeRuns(runs, () => readTimingFile(file, text));
    return { name, chars: text.length, medianMs, stepsPerChar: steps / text.length };
  });
  return results.sort((a, b) => b.medianMs - a.medianMs);
}

export function printParseBench(results: readonly ParseBenchResult[], all = false, what = "script"): void {
  const [worst] = results;
  if (!worst) return;
  const label = (text: string) => text.padEnd(60);
  const size = `${(worst.chars / 1_000_000).toFixed(1)} MB`;
  console.log(`${label(`Parse the worst ${size} ${what}: ${worst.name}`)}${worst.medianMs.toFixed(0).padStart(6)} ms median   (${worst.stepsPerChar.toFixed(1)} steps/char)`);
  if (!all) return;
  for (const result of results.slice(1)) {
    console.log(`${label(`  ${result.name}`)}${result.medianMs.toFixed(0).padStart(6)} ms median   (${result.stepsPerChar.toFixed(1)} steps/char)`);
  }
}

if (/bench-parse\.[cm]?[jt]s$/.test(process.argv[1] ?? "")) {
  const runs = Number(process.argv[2] ?? 3);
  printParseBench(benchParse(runs), true);
  printParseBench(benchTimingFiles(runs), true, "timing file");
}

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { MAX_LINE_CHARS, parseScript } from "@/lib/scripts/parse";
import { cleanCueText, readTimeLine } from "@/lib/scripts/parse/cues";
import { detectScriptFormat } from "@/lib/scripts/parse/detect";
import { scanJson } from "@/lib/scripts/parse/json-scan";
import { normalizeSpaces } from "@/lib/scripts/parse/lines";
import { scanSteps } from "@/lib/scripts/parse/scan";
import { readTimestamp, splitLeadingTimestamp } from "@/lib/scripts/parse/timestamp";
import { ADVERSARIAL_SCRIPTS } from "../../support/adversarial-scripts";

/** Characters the scanners examined while `run` ran (it may throw). */
function stepsOf(run: () => unknown): number {
  const before = scanSteps();
  try {
    run();
  } catch {
    // Refusing the input is fine: the work done until then is what is measured.
  }
  return scanSteps() - before;
}

/**
 * Work grows like the input: four times the input costs at most a little over four times the
 * steps (a quadratic scanner would cost sixteen), and never more than a few steps a character.
 */
function expectLinear(stepsAt: (chars: number) => number, small: number): void {
  const few = stepsAt(small);
  const many = stepsAt(small * 4);
  expect(few).toBeGreaterThan(0);
  expect(many / few).toBeLessThan(4.6);
  expect(many / (small * 4)).toBeLessThan(12);
}

describe("the script parsers run in linear time", () => {
  describe.each(ADVERSARIAL_SCRIPTS)("$name", ({ kind, make }) => {
    const parse = (chars: number) => stepsOf(() => parseScript({ kind, text: make(chars) }));

    it("within one line", () => expectLinear(parse, Math.floor(MAX_LINE_CHARS / 4.5)));
    it("over many lines", () => expectLinear(parse, 40_000));
  });

  const repeat = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length));
  it.each([
    ["cue clean-up, unclosed tags", (n: number) => repeat("<", n), (s: string) => cleanCueText([s])],
    ["cue clean-up, unclosed overrides", (n: number) => repeat("{\\", n), (s: string) => cleanCueText([s])],
    ["cue clean-up, tags closed at the end", (n: number) => `${repeat("<", n)}>`, (s: string) => cleanCueText([s])],
    ["cue clean-up, ampersands", (n: number) => repeat("&", n), (s: string) => cleanCueText([s])],
    ["time lines of arrows", (n: number) => repeat("0-->", n), (s: string) => readTimeLine(s, "x")],
    ["time lines of spaces", (n: number) => `00:01.000 -->${repeat(" ", n)}x \u2028`, (s: string) => readTimeLine(s, "x")],
    ["leading timestamps of digits", (n: number) => `0:${repeat("0", n)}x`, splitLeadingTimestamp],
    ["leading timestamps of colons", (n: number) => `[${repeat("0:", n)}`, splitLeadingTimestamp],
    ["timestamps of digits", (n: number) => `1:${repeat("1", n)}a`, readTimestamp],
    ["format detection", (n: number) => `${repeat(" ", n)}0:0`, (s: string) => detectScriptFormat(s)],
    ["space clean-up", (n: number) => repeat(" \u00a0x", n), normalizeSpaces],
    ["JSON scanning", (n: number) => `[${repeat('"\\u00e9",', n)}1e5,-0.5,true]`, scanJson],
  ])("%s", (_, make: (chars: number) => string, run: (input: string) => unknown) => {
    expectLinear((chars) => stepsOf(() => run(make(chars))), 1000);
  });
});

/**
 * What a scanner must not do: regular expressions (literals, `RegExp`, and match/matchAll/search,
 * which turn a string into one), and searches of the input that the step count would not see
 * (indexOf, lastIndexOf, includes on anything but a constant; `findFrom` counts its steps).
 */
function unmeteredWorkIn(file: string, { searches = false } = {}): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const isConstant = (node: ts.Expression) => ts.isStringLiteral(node) || (ts.isIdentifier(node) && /^[A-Z][A-Z0-9_]*$/.test(node.text));
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push(node.getText());
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") found.push(node.getText());
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      if (["match", "matchAll", "search"].includes(method)) found.push(node.getText());
      if (!searches && ["indexOf", "lastIndexOf", "includes"].includes(method) && !isConstant(node.expression.expression)) found.push(node.getText());
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the script parsers are hand scanners", () => {
  const folder = path.resolve("lib/scripts/parse");
  const files = fs.readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".ts"));

  it("finds the parser sources", () => {
    expect(files).toEqual(expect.arrayContaining(["cues.ts", "markup.ts", "timestamp.ts", "json-scan.ts", "lines.ts", "detect.ts"]));
  });

  it.each(files)("%s uses no regular expression and no uncounted search", (name) => {
    // scan.ts holds the counted search itself.
    expect(unmeteredWorkIn(path.join(folder, name), { searches: name === "scan.ts" })).toEqual([]);
  });

  it("would notice them", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "regex-")), "sample.ts");
    fs.writeFileSync(
      file,
      'const a = /<[^>]*>/g; const b = new RegExp("x+"); const c = "s".match("s+"); const d = 4 / 2 / 1; text.indexOf(";"); MARKS.includes(x); "-*".includes(x);',
    );
    expect(unmeteredWorkIn(file)).toHaveLength(4);
  });
});

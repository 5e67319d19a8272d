import { describe, expect, it } from "vitest";
import { MAX_LINE_CHARS, parseScript } from "@/lib/scripts/parse";
import { scanSteps } from "@/lib/scripts/parse/scan";
import { splitLeadingTimestamp } from "@/lib/scripts/parse/timestamp";
import { appErrorOf } from "../../support/script-fixtures";

const text = (value: string) => parseScript({ kind: "text", text: value });

describe("a line that starts like a timestamp but is not one", () => {
  it.each([
    ["a letter O for a zero", "0:00 Intro\n7:O9 Coffee plantation", 2, '7:O9 is not a timestamp like 0:30 or 1:02:03 (is the letter "O" meant to be a zero?)'],
    ["a lowercase o", "0:00 Intro\n\n1:o5 Roasting", 3, 'is the letter "O" meant to be a zero?'],
    ["a letter l for a one", "0:00 Intro\n0:l5 Roasting", 2, 'is the letter "l" meant to be a one?'],
    ["a letter O in the seconds", "0:00 Intro\n0:3O Roasting", 2, "0:3O is not a timestamp"],
    ["a dot between minutes and seconds", "0:00 Intro\n1:02:03.5 Roasting", 2, 'separate minutes and seconds with ":"'],
    ["no space after the time", "0:00 Intro\n0:30Roasting", 2, "0:30Roasting is not a timestamp"],
    ["an unclosed bracket", "0:00 Intro\n[0:30 Roasting", 2, "[0:30 is not a timestamp"],
    ["a letter inside brackets", "0:00 Intro\n[0:3O] Roasting", 2, "[0:3O] is not a timestamp"],
    ["a bullet, then a mistyped time", "0:00 Intro\n- 1:O0 Roasting", 2, "1:O0 is not a timestamp"],
    ["the first line", "7:O9 Coffee", 1, "7:O9 is not a timestamp"],
  ])("is refused with its line: %s", (_, script, line, message) => {
    const error = appErrorOf(() => text(script));
    expect(error.code).toBe("invalid:script");
    expect(error.details).toEqual({ line });
    expect(error.message).toContain(`Line ${line} (`);
    expect(error.message).toContain(message);
  });

  it.each([
    ["a number", "0:00 Intro\n12 monkeys escape"],
    ["a numbered point", "0:00 Intro\n(1) the first point"],
    ["a number and a colon", "0:00 Intro\n3: the roaster heats up"],
    ["a time inside the text", "0:00 Intro\nthe shop opens at 7:O9"],
  ])("leaves text alone when it does not start like a timestamp: %s", (_, script) => {
    expect(text(script)).toHaveLength(1);
  });

  it("quotes at most the start of a very long mistyped token", () => {
    const error = appErrorOf(() => text(`0:00 a\n1:${"O".repeat(3000)}`));
    expect(error.message.length).toBeLessThan(300);
  });

  it("splits the token whole, so that the parser can name it", () => {
    expect(splitLeadingTimestamp("7:O9 Coffee")).toEqual({ raw: "7:O9", rest: "Coffee" });
    expect(splitLeadingTimestamp("[7:O9]Coffee")).toEqual({ raw: "[7:O9]", rest: "Coffee" });
    expect(splitLeadingTimestamp("0:30:45text")).toEqual({ raw: "0:30:45text", rest: "" });
  });
});

describe("the line length limit", () => {
  const atLimit = `0:00 ${"a ".repeat(MAX_LINE_CHARS)}`.slice(0, MAX_LINE_CHARS);

  it("accepts a line of exactly the limit (and reports its segment as too long)", () => {
    expect(atLimit).toHaveLength(MAX_LINE_CHARS);
    expect(appErrorOf(() => text(atLimit)).message).toContain("the limit is 1000");
  });

  it.each([
    ["timestamped lines", "text", "0:00 a\n", 2],
    ["SRT", "srt", "1\n00:00:01,000 --> 00:00:02,000\n", 3],
    ["WebVTT", "vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\n", 4],
  ] as const)("refuses a line one character over the limit in %s, naming it", (_, kind, head, line) => {
    const error = appErrorOf(() => parseScript({ kind, text: `${head}${"<".repeat(MAX_LINE_CHARS + 1)}\nmore` }));
    expect(error.code).toBe("invalid:script");
    expect(error.details).toEqual({ line });
    expect(error.message).toContain(`Line ${line} ("<<<`);
    expect(error.message).toContain("the line has 5,001 characters; the limit is 5,000");
  });

  it("does not limit the lines of a JSON script, which may be one line", () => {
    const list = Array.from({ length: 200 }, (_, i) => ({ timestamp: `${Math.floor(i / 60)}:${String(i % 60).padStart(2, "0")}`, text: `Scene ${i} ${"x".repeat(40)}` }));
    const json = JSON.stringify(list);
    expect(json.length).toBeGreaterThan(MAX_LINE_CHARS);
    expect(text(json)).toHaveLength(200);
  });
});

describe("deeply nested JSON", () => {
  const nested = (levels: number) => `[{"timestamp":"0:00","text":"a","x":${"[".repeat(levels)}${"]".repeat(levels)}}]`;

  it("is refused by the scanner before JSON.parse reads it", () => {
    expect(text(nested(63))).toHaveLength(1);
    const error = appErrorOf(() => text(nested(64)));
    expect(error.details).toEqual({ line: 1 });
    expect(error.message).toBe("Line 1: the JSON is not valid: the JSON is nested too deeply.");
  });

  it("costs one pass however deep it goes", () => {
    const before = scanSteps();
    appErrorOf(() => text(nested(900_000)));
    expect(scanSteps() - before).toBeLessThan(400);
  });
});

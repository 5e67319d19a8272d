import { describe, expect, it } from "vitest";
import { parseScript } from "@/lib/scripts/parse";
import { scanJson } from "@/lib/scripts/parse/json-scan";
import { appErrorOf } from "../../../support/script-fixtures";

const data = (segments: unknown) => parseScript({ kind: "json", segments });
const pasted = (text: string) => parseScript({ kind: "text", text });

describe("parseScript: JSON lists", () => {
  it("reads a list of { timestamp, text }, ignoring other keys", () => {
    expect(
      data([
        { timestamp: "0:00", text: "Introduction scene with host in modern studio", extra: 1 },
        { timestamp: "00:30", text: "  Historical coffee plantation  " },
        { timestamp: "1:00:00", text: "The end" },
      ]),
    ).toEqual([
      { timestamp: "0:00", seconds: 0, text: "Introduction scene with host in modern studio" },
      { timestamp: "0:30", seconds: 30, text: "Historical coffee plantation" },
      { timestamp: "1:00:00", seconds: 3600, text: "The end" },
    ]);
  });

  it("accepts a list wrapped as { segments: [...] }", () => {
    expect(data({ segments: [{ timestamp: "0:10", text: "a" }] })).toEqual([{ timestamp: "0:10", seconds: 10, text: "a" }]);
  });

  it("reads pasted JSON text", () => {
    const text = '\uFEFF[\n  {"timestamp": "0:00", "text": "a"},\n  {"timestamp": "0:30", "text": "b \\"quoted\\""}\n]\n';
    expect(pasted(text)).toEqual([
      { timestamp: "0:00", seconds: 0, text: "a" },
      { timestamp: "0:30", seconds: 30, text: 'b "quoted"' },
    ]);
  });

  it.each([
    ["not a list", { timestamp: "0:00" }, 1, "must be a list"],
    ["a string", "0:00 text", 1, "must be a list"],
    ["an empty list", [], 1, "The JSON list is empty"],
    ["an item that is not an object", [{ timestamp: "0:00", text: "a" }, "0:30 b"], 2, 'Item 2: each item must be an object with "timestamp" and "text"'],
    ["a missing text", [{ timestamp: "0:00", text: "a" }, { timestamp: "0:30" }], 2, 'Item 2: "text" is missing'],
    ["a missing timestamp", [{ text: "a" }], 1, 'Item 1: "timestamp" is missing'],
    ["a number timestamp", [{ timestamp: 30, text: "a" }], 1, 'Item 1: "timestamp" must be a string'],
    ["a bad timestamp", [{ timestamp: "0:00", text: "a" }, { timestamp: "0:75", text: "b" }], 2, "Item 2: 0:75 has 75 seconds"],
    ["timestamps out of order", [{ timestamp: "0:30", text: "a" }, { timestamp: "0:10", text: "b" }], 2, "0:10 comes after 0:30"],
    ["equal timestamps", [{ timestamp: "0:30", text: "a" }, { timestamp: "0:30", text: "b" }], 2, "repeats the previous timestamp"],
    ["empty text", [{ timestamp: "0:00", text: " " }, { timestamp: "0:10", text: "b" }], 1, "Item 1: the segment at 0:00 has no text"],
    ["a long text", [{ timestamp: "0:00", text: "x".repeat(1001) }], 1, "has 1001 characters"],
    ["301 items", Array.from({ length: 301 }, (_, i) => ({ timestamp: `${Math.floor(i / 60)}:${String(i % 60).padStart(2, "0")}`, text: "t" })), 301, "Item 301: a script can have at most 300 segments"],
  ])("refuses %s with its item number as line", (_, segments, line, message) => {
    const error = appErrorOf(() => data(segments));
    expect(error.code).toBe("invalid:script");
    expect(error.details).toEqual({ line });
    expect(error.message).toContain(message);
  });

  it.each([
    ["a missing text", '[\n  {"timestamp": "0:00", "text": "a"},\n\n  {\n    "timestamp": "0:30"\n  }\n]', 4, 'Item 2 (line 4): "text" is missing'],
    ["a bad timestamp", '[{"timestamp": "0:00", "text": "a"},\n{"timestamp": "1:5:00", "text": "b"}]', 2, "Item 2 (line 2): 1:5:00 needs two-digit minutes"],
    ["items on one line", '[{"timestamp": "0:00", "text": "a"}, {"timestamp": "0:00", "text": "b"}]', 1, "Item 2 (line 1)"],
  ])("names the pasted line of an item with %s", (_, text, line, message) => {
    const error = appErrorOf(() => pasted(text));
    expect(error.details).toEqual({ line });
    expect(error.message).toContain(message);
  });

  it.each([
    ["a trailing comma in the list", '[\n  {"timestamp": "0:00", "text": "a"},\n]', 2, "remove the trailing comma"],
    ["a trailing comma in an item", '[\n  {"timestamp": "0:00",\n   "text": "a",\n  }\n]', 3, "remove the trailing comma"],
    ["a missing comma", '[\n  {"timestamp": "0:00", "text": "a"}\n  {"timestamp": "0:10", "text": "b"}\n]', 3, 'expected "," or "]"'],
    ["an unquoted key", '[\n  {timestamp: "0:00"}\n]', 2, "property names need double quotes"],
    ["single quotes", "[\n  {\"timestamp\": '0:00'}\n]", 2, "double quotes, not single quotes"],
    ["an unclosed string", '[\n  {"timestamp": "0:00", "text": "a}\n]', 2, "a line break inside a string"],
    ["a missing colon", '[\n  {"timestamp" "0:00"}\n]', 2, 'expected ":"'],
    ["a bad literal", '[\n  {"timestamp": tru}\n]', 2, 'unexpected "tru"'],
    ["a bad escape", '[\n\n  {"text": "a\\qb"}]', 3, 'bad escape "\\q"'],
    ["an unclosed list", '[\n  {"timestamp": "0:00", "text": "a"}', 2, 'expected "," or "]" after a list item but found the end of the text'],
    ["text after the list", '[\n]\n]', 3, "after the end of the JSON"],
  ])("reports %s with its line", (_, text, line, reason) => {
    const error = appErrorOf(() => pasted(text));
    expect(error.code).toBe("invalid:script");
    expect(error.details).toEqual({ line });
    expect(error.message).toMatch(new RegExp(`^Line ${line}: the JSON is not valid: `));
    expect(error.message).toContain(reason);
  });
});

describe("scanJson", () => {
  it("finds where each top-level item starts and nothing wrong in valid JSON", () => {
    const text = '[1, {"a": [2, 3]}, "x"]';
    expect(scanJson(text)).toEqual({ itemOffsets: [1, 4, 19] });
    expect(JSON.parse(text)).toBeTruthy();
  });

  it("refuses deeply nested JSON without overflowing the stack", () => {
    expect(scanJson(`${"[".repeat(10_000)}${"]".repeat(10_000)}`).error?.reason).toContain("nested too deeply");
  });
});

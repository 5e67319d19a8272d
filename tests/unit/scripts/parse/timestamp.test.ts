import { describe, expect, it } from "vitest";
import { formatTimestamp, parseTimestamp, readTimestamp, splitLeadingTimestamp } from "@/lib/scripts/parse/timestamp";

describe("readTimestamp", () => {
  it.each([
    ["0:00", 0],
    ["0:30", 30],
    ["00:30", 30],
    ["9:59", 599],
    ["59:59", 3599],
    ["75:00", 4500],
    ["1:02:03", 3723],
    ["01:02:03", 3723],
    ["0:00:30", 30],
    ["12:00:00", 43200],
    [" 0:30 ", 30],
  ])("%s is %i seconds", (raw, seconds) => {
    expect(readTimestamp(raw)).toEqual({ seconds });
    expect(parseTimestamp(raw)).toBe(seconds);
  });

  it.each([
    ["0:75", "seconds go from 00 to 59"],
    ["0:5", "two-digit seconds"],
    ["0:123", "two-digit seconds"],
    ["100:00", "too many minutes"],
    ["1:60:00", "minutes go from 00 to 59"],
    ["1:5:00", "two-digit minutes"],
    ["123:00:00", "too many hours"],
    ["30", "not a timestamp"],
    ["0:3a", "not a timestamp"],
    ["", "not a timestamp"],
    ["1:02:03:04", "not a timestamp"],
  ])("%s is refused (%s)", (raw, reason) => {
    const reading = readTimestamp(raw);
    expect("reason" in reading && reading.reason).toContain(reason);
    expect(parseTimestamp(raw)).toBeNull();
  });
});

describe("formatTimestamp", () => {
  it.each([
    [0, "0:00"],
    [5, "0:05"],
    [30.9, "0:30"],
    [754, "12:34"],
    [3599, "59:59"],
    [3600, "1:00:00"],
    [3723, "1:02:03"],
    [36000, "10:00:00"],
  ])("%d → %s", (seconds, text) => {
    expect(formatTimestamp(seconds)).toBe(text);
  });
});

describe("splitLeadingTimestamp", () => {
  it.each([
    ["0:30 Coffee", "0:30", "Coffee"],
    ["1:02:03 text", "1:02:03", "text"],
    ["[0:30] text", "0:30", "text"],
    ["[ 0:30 ]text", "0:30", "text"],
    ["(0:30) text", "0:30", "text"],
    ["0:30 - text", "0:30", "text"],
    ["0:30 – text", "0:30", "text"],
    ["0:30 — text", "0:30", "text"],
    ["0:30: text", "0:30", "text"],
    ["0:30 | text", "0:30", "text"],
    ["  - 0:30 bullet", "0:30", "bullet"],
    ["0:30", "0:30", ""],
    ["0:75 bad", "0:75", "bad"],
  ])("%j → %s + %j", (line, raw, rest) => {
    expect(splitLeadingTimestamp(line)).toEqual({ raw, rest });
  });

  it.each(["Coffee at 0:30", "text", "12 monkeys", "(1) first point", "7: seven"])("%j has no leading timestamp", (line) => {
    expect(splitLeadingTimestamp(line)).toBeNull();
  });
});

/**
 * Script timestamps: "m:ss", "mm:ss" or "h:mm:ss", seconds always two digits. Normalized output
 * drops leading zeros and hours under an hour, so "00:30", "0:00:30" and "0:30" are all "0:30".
 */
export type TimestampReading = { seconds: number } | { reason: string };

const TIMESTAMP_SHAPE = /^\d+(?::\d+){1,2}$/;

/** The seconds a timestamp stands for, or the reason it is not one. */
export function readTimestamp(raw: string): TimestampReading {
  const value = raw.trim();
  if (!TIMESTAMP_SHAPE.test(value)) return { reason: `${value || "(nothing)"} is not a timestamp like 0:30 or 1:02:03` };
  const parts = value.split(":");
  const sec = parts[parts.length - 1] ?? "";
  if (sec.length !== 2) return { reason: `${value} needs two-digit seconds (like 0:05)` };
  if (Number(sec) > 59) return { reason: `${value} has ${sec} seconds; seconds go from 00 to 59` };
  if (parts.length === 2) {
    const min = parts[0] ?? "";
    if (min.length > 2) return { reason: `${value} has too many minutes; write hours as h:mm:ss` };
    return { seconds: Number(min) * 60 + Number(sec) };
  }
  const [hour = "", min = ""] = parts;
  if (hour.length > 2) return { reason: `${value} has too many hours` };
  if (min.length !== 2) return { reason: `${value} needs two-digit minutes after the hours (like 1:05:00)` };
  if (Number(min) > 59) return { reason: `${value} has ${min} minutes; with hours, minutes go from 00 to 59` };
  return { seconds: Number(hour) * 3600 + Number(min) * 60 + Number(sec) };
}

/** The seconds of a valid timestamp, or null. */
export function parseTimestamp(raw: string): number | null {
  const reading = readTimestamp(raw);
  return "seconds" in reading ? reading.seconds : null;
}

/** 30 → "0:30", 754 → "12:34", 3723 → "1:02:03". Fractions are dropped. */
export function formatTimestamp(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

// An optional bullet, then "0:30", "[0:30]" or "(0:30)", then an optional "-", "–", "—", "|" or ":".
const LEADING =
  /^\s*(?:[-*•]\s+)?(?:\[\s*(\d+(?::\d+){1,2})\s*\]|\(\s*(\d+(?::\d+){1,2})\s*\)|(\d+(?::\d+){1,2})(?=$|[\s\-–—|:]))\s*(?:[-–—|:]\s*)?(.*)$/;

/** A line's leading timestamp (possibly invalid, like "0:75") and the text after it, or null. */
export function splitLeadingTimestamp(line: string): { raw: string; rest: string } | null {
  const match = LEADING.exec(line);
  if (!match) return null;
  return { raw: match[1] ?? match[2] ?? match[3] ?? "", rest: match[4] ?? "" };
}

import { MAX_LINE_CHARS } from "@/lib/scripts/parse";

/**
 * Inputs built to make a script parser backtrack or rescan: long runs of markup openers that
 * never close, arrows, entity prefixes, white space, digits and colons, deep JSON. The tests
 * scale them to prove linear time; `npm run bench` runs them at the largest size allowed.
 */
export interface AdversarialScript {
  name: string;
  kind: "text" | "srt" | "vtt";
  /** About `chars` characters; lines stay within the line limit so the parser reads them all. */
  make: (chars: number) => string;
}

const LINE = MAX_LINE_CHARS - 10;

/** `head`, then lines of `unit` repeated, up to about `chars` characters in all. */
function repeatLines(head: string, unit: string, chars: number): string {
  const full = unit.repeat(Math.max(1, Math.floor(LINE / unit.length)));
  const lines = head ? [head] : [];
  let length = head.length;
  while (length < chars) {
    const line = full.slice(0, Math.min(full.length, Math.max(unit.length, chars - length)));
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join("\n");
}

function repeatUpTo(unit: string, chars: number): string {
  return unit.repeat(Math.max(1, Math.floor(chars / unit.length)));
}

const SRT_HEAD = "1\n00:00:01,000 --> 00:00:02,000";
const VTT_HEAD = "WEBVTT\n\n00:01.000 --> 00:02.000";

export const ADVERSARIAL_SCRIPTS: readonly AdversarialScript[] = [
  { name: "SRT cue of unclosed tags (<<<…)", kind: "srt", make: (n) => repeatLines(SRT_HEAD, "<", n) },
  { name: "SRT cue of unclosed overrides ({\\{\\…)", kind: "srt", make: (n) => repeatLines(SRT_HEAD, "{\\", n) },
  { name: "SRT cue of entity prefixes (&am&am…)", kind: "srt", make: (n) => repeatLines(SRT_HEAD, "&am", n) },
  { name: "SRT cue of closed tags (<i>x</i>…)", kind: "srt", make: (n) => repeatLines(SRT_HEAD, "<i>x</i>&amp;", n) },
  { name: "SRT time line of arrows (0-->0-->…)", kind: "srt", make: (n) => repeatLines("", "0-->", n) },
  { name: "SRT of empty cues in one second", kind: "srt", make: (n) => repeatUpTo("1\n00:00:00,000 --> 00:00:00,500\n<\n\n", n) },
  { name: "WebVTT cue of mixed markup (<&lt{\\…)", kind: "vtt", make: (n) => repeatLines(VTT_HEAD, "<&lt{\\ ", n) },
  { name: "WebVTT ids that look like times (1:2…)", kind: "vtt", make: (n) => repeatLines("WEBVTT\n", "1:2 ", n) },
  { name: "Text of spaces and line separators", kind: "text", make: (n) => repeatLines("0:00 a", " \u2028", n) },
  { name: "Text of digits and colons (1:1:1…)", kind: "text", make: (n) => repeatLines("0:00 a", "1:", n) },
  { name: "Text of bracketed digits ([0:0[0:0…)", kind: "text", make: (n) => repeatLines("0:00 a", "[0:0", n) },
  { name: "Text of blank lines", kind: "text", make: (n) => `${"\n".repeat(n)}0:00 a` },
  { name: "JSON nested lists ([[[…)", kind: "text", make: (n) => `[${"[".repeat(n)}` },
  { name: "JSON item nested deep ([{…[[[…]]]}])", kind: "text", make: (n) => `[{"timestamp":"0:00","text":"a","x":${"[".repeat(n / 2)}${"]".repeat(n / 2)}}]` },
  { name: "JSON string of escapes (\\u00e9…)", kind: "text", make: (n) => `[{"timestamp":"0:00","text":"${repeatUpTo("\\u00e9", n)}"}]` },
  { name: "JSON unclosed string of quotes (a\\\"…)", kind: "text", make: (n) => `["${repeatUpTo('a\\"', n)}` },
];

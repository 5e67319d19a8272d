import { normalizeSpaces } from "./lines";
import { countSteps, findFrom, skipSpaces } from "./scan";

/**
 * Cue text clean-up in four forward passes, each linear: tags, `{\…}` overrides, entities, then a
 * leading dialogue dash. The passes run in that order because each works on the previous one's
 * output (`{\an8<i>}` loses its tag first, then is an override).
 */

/**
 * Removes every span from `open` to the next `close` (both included), as `/<[^>]*>/g` would.
 * When an opener has no closer after it, no later opener has one either: the rest is kept as
 * it is without searching again. That is what keeps a line of 60,000 "<" linear.
 */
export function removeSpans(text: string, open: string, close: string): string {
  const kept: string[] = [];
  let copyFrom = 0;
  let pos = 0;
  while (pos < text.length) {
    const start = findFrom(text, open, pos);
    if (start < 0) break;
    const end = findFrom(text, close, start + open.length);
    if (end < 0) break;
    kept.push(text.slice(copyFrom, start));
    copyFrom = pos = end + close.length;
  }
  if (copyFrom === 0) return text;
  kept.push(text.slice(copyFrom));
  return kept.join("");
}

/** The entities subtitles use, and what they stand for. */
const ENTITIES: ReadonlyArray<readonly [string, string]> = [
  ["&amp;", "&"],
  ["&lt;", "<"],
  ["&gt;", ">"],
  ["&quot;", '"'],
  ["&apos;", "'"],
  ["&nbsp;", " "],
  ["&lrm;", ""],
  ["&rlm;", ""],
];
const LONGEST_ENTITY = 6;

/** The entity starting at `pos` (which holds "&"), if it is one of ours: at most 6 characters are read. */
function entityAt(text: string, pos: number): readonly [string, string] | undefined {
  const last = Math.min(text.length, pos + LONGEST_ENTITY);
  let end = pos + 1;
  while (end < last && text.charCodeAt(end) !== 0x3b) end++;
  countSteps(end - pos + 1);
  if (end >= last) return undefined;
  const candidate = text.slice(pos, end + 1);
  return ENTITIES.find(([name]) => name === candidate);
}

/** The entities subtitles use (`&amp;`, `&lt;`, `&nbsp;`…) decoded; any other `&` is kept. */
export function decodeEntities(text: string): string {
  const parts: string[] = [];
  let copyFrom = 0;
  let pos = findFrom(text, "&", 0);
  while (pos >= 0) {
    const entity = entityAt(text, pos);
    if (entity) {
      parts.push(text.slice(copyFrom, pos), entity[1]);
      copyFrom = pos + entity[0].length;
    }
    pos = findFrom(text, "&", entity ? copyFrom : pos + 1);
  }
  if (copyFrom === 0) return text;
  parts.push(text.slice(copyFrom));
  return parts.join("");
}

/** "- Where from?" → "Where from?": a dash (or en dash) and white space opening a line of dialogue. */
export function dropDialogueDash(text: string): string {
  const dash = skipSpaces(text, 0);
  const mark = text.charAt(dash);
  if (mark !== "-" && mark !== "–") return text;
  const after = skipSpaces(text, dash + 1);
  return after > dash + 1 ? text.slice(after) : text;
}

/**
 * Cue text lines as one line of plain text: markup such as <i>, <b>, <font>, <v Speaker>, <c.x>,
 * karaoke timestamps and {\an8} overrides removed, entities decoded, dialogue dashes dropped.
 */
export function cleanCueText(lines: readonly string[]): string {
  const out: string[] = [];
  for (const line of lines) {
    const plain = dropDialogueDash(decodeEntities(removeSpans(removeSpans(line, "<", ">"), "{\\", "}")));
    const clean = normalizeSpaces(plain);
    if (clean) out.push(clean);
  }
  return out.join(" ");
}

import { countSteps, findFrom, isSpace } from "../parse/scan";
import { timingError } from "./types";

/** Far beyond any editor's timeline (FCPXML nests about 10 deep, a clip has about 10 attributes). */
export const MAX_XML_DEPTH = 64;
export const MAX_XML_ATTRIBUTES = 64;
/** The longest tag, text, comment or CDATA section: timelines hold names and numbers, not documents. */
export const MAX_XML_RUN = 65_536;

const tooLong = () => timingError(`The XML file has a tag or a text of over ${MAX_XML_RUN.toLocaleString("en")} characters; a timeline does not.`);

/**
 * One forward pass over an XML timeline before the XML parser sees it, refusing shapes that no
 * editor writes and that make XML parsers slow: entity declarations (a DOCTYPE with an internal
 * subset), elements nested past 64 levels, more than 64 attributes on one element, a tag or a
 * text over 64 K characters. Quoted values are skipped whole, so a ">" inside one does not end
 * its tag. Whether the rest is well-formed is the parser's job.
 */
export function checkXmlShape(text: string): void {
  let depth = 0;
  let pos = findFrom(text, "<", 0);
  if (pos > MAX_XML_RUN) throw tooLong();
  while (pos >= 0 && pos < text.length) {
    const next = text.charAt(pos + 1);
    let end: number;
    if (text.startsWith("<!--", pos)) end = endOf(text, "-->", pos + 4);
    else if (text.startsWith("<![CDATA[", pos)) end = endOf(text, "]]>", pos + 9);
    else if (next === "?") end = endOf(text, "?>", pos + 2);
    else if (next === "!") {
      end = endOf(text, ">", pos + 2);
      const declaration = text.slice(pos, end < 0 ? undefined : end);
      countSteps(declaration.length);
      if (declaration.includes("[")) throw timingError("The XML file declares its own entities; timelines never do, so it is refused.");
    } else if (next === "/") {
      end = endOf(text, ">", pos + 2);
      depth--;
    } else {
      const tag = readTag(text, pos + 1);
      end = tag.end;
      if (tag.attributes > MAX_XML_ATTRIBUTES) throw timingError(`The XML file has an element with over ${MAX_XML_ATTRIBUTES} attributes; a timeline does not.`);
      if (!tag.selfClosing && ++depth > MAX_XML_DEPTH) throw timingError(`The XML file nests elements more than ${MAX_XML_DEPTH} levels deep; a timeline does not.`);
    }
    if (end < 0) throw timingError("The file is not well-formed XML: it ends inside a tag, a comment or a section.");
    if (end - pos > MAX_XML_RUN) throw tooLong();
    pos = findFrom(text, "<", end);
    if ((pos < 0 ? text.length : pos) - end > MAX_XML_RUN) throw tooLong();
  }
}

/** The position after `close`, searching from `from` (at most a run's length), or -1. */
function endOf(text: string, close: string, from: number): number {
  const at = findFrom(text, close, from);
  return at < 0 ? -1 : at + close.length;
}

/**
 * A start tag from after its "<": where it ends (-1 if the text ends first), how many attributes
 * it names (words after the element's name), and whether it closes itself.
 */
function readTag(text: string, from: number): { end: number; attributes: number; selfClosing: boolean } {
  let words = 0;
  let pos = from;
  const last = Math.min(text.length, from + MAX_XML_RUN);
  while (pos < last) {
    const char = text.charAt(pos);
    if (char === ">") {
      countSteps(pos - from + 1);
      return { end: pos + 1, attributes: Math.max(0, words - 1), selfClosing: text.charAt(pos - 1) === "/" };
    }
    if (char === '"' || char === "'") {
      const close = findFrom(text, char, pos + 1);
      pos = close < 0 ? text.length : close + 1;
      continue;
    }
    // A word starts after white space (or at the name): `a="1" b c='2'` names three attributes.
    if (!isSpace(text.charCodeAt(pos)) && char !== "=" && char !== "/" && (pos === from || isSpace(text.charCodeAt(pos - 1)))) words++;
    pos++;
  }
  countSteps(pos - from + 1);
  if (pos >= from + MAX_XML_RUN) throw tooLong();
  return { end: -1, attributes: Math.max(0, words - 1), selfClosing: false };
}

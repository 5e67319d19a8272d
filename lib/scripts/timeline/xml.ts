import { XMLBuilder, XMLParser } from "fast-xml-parser";

/** An XML element as the timeline writers build it and the readers walk it. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, joined. */
  text: string;
}

/** What a writer describes: attribute values may be numbers; `text` is escaped on output. */
export interface XmlSpec {
  name: string;
  attrs?: Record<string, string | number | undefined>;
  children?: ReadonlyArray<XmlSpec | null | false>;
  text?: string | number;
}

// XML 1.0 allows tab, line feed, carriage return and the characters from U+0020, without lone
// surrogates or U+FFFE/U+FFFF; escaping cannot make the others legal, so they are dropped.
function xmlSafe(value: string): string {
  let out = "";
  let copyFrom = 0;
  for (let pos = 0; pos < value.length; pos++) {
    const code = value.charCodeAt(pos);
    const high = code >= 0xd800 && code <= 0xdbff;
    const pair = high && (value.charCodeAt(pos + 1) & 0xfc00) === 0xdc00;
    const legal = code === 0x09 || code === 0x0a || code === 0x0d || (code >= 0x20 && code < 0xd800) || pair || (code >= 0xe000 && code <= 0xfffd);
    if (pair) pos++;
    else if (!legal) {
      out += value.slice(copyFrom, pos);
      copyFrom = pos + 1;
    }
  }
  return copyFrom === 0 ? value : out + value.slice(copyFrom);
}

type Ordered = Record<string, unknown>;

function toOrdered(spec: XmlSpec): Ordered {
  const children: Ordered[] = [];
  if (spec.text !== undefined) children.push({ "#text": xmlSafe(String(spec.text)) });
  for (const child of spec.children ?? []) if (child) children.push(toOrdered(child));
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries(spec.attrs ?? {})) if (value !== undefined) attrs[key] = xmlSafe(String(value));
  return Object.keys(attrs).length > 0 ? { [spec.name]: children, ":@": attrs } : { [spec.name]: children };
}

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  format: true,
  indentBy: "  ",
  suppressEmptyNode: true,
  // Escapes &, <, >, " and ' in text and attribute values.
  processEntities: true,
});

/** A UTF-8 XML document: the declaration, a DOCTYPE line, then the root element. */
export function buildXml(root: XmlSpec, doctype: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE ${doctype}>\n${builder.build([toOrdered(root)]).trim()}\n`;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
  // A timeline needs no entities of its own: declared ones are refused past small limits.
  processEntities: { enabled: true, maxEntityCount: 10, maxEntitySize: 100, maxTotalExpansions: 1000, maxExpandedLength: 10_000 },
});

function toElement(node: Ordered): XmlElement | null {
  let name: string | undefined;
  for (const key in node) {
    if (key !== ":@") {
      name = key;
      break;
    }
  }
  if (!name || name.startsWith("?") || name.startsWith("#")) return null;
  const attrs: Record<string, string> = {};
  const rawAttrs = node[":@"] as Record<string, unknown> | undefined;
  if (rawAttrs) for (const key in rawAttrs) attrs[key] = String(rawAttrs[key]);
  const children: XmlElement[] = [];
  let text = "";
  for (const child of node[name] as Ordered[]) {
    if ("#text" in child) text += String(child["#text"]);
    else {
      const element = toElement(child);
      if (element) children.push(element);
    }
  }
  return { name, attrs, children, text };
}

/** The root element of an XML document; throws the parser's error when it is not well-formed. */
export function parseXml(text: string): XmlElement | null {
  const nodes = parser.parse(text, true) as Ordered[];
  for (const node of nodes) {
    const element = toElement(node);
    if (element) return element;
  }
  return null;
}

/** The first child named `name`. */
export function childOf(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => child.name === name);
}

/** The first element named `name`, depth first (the element itself included), within `maxDepth` levels. */
export function findElement(element: XmlElement, name: string, maxDepth = 16): XmlElement | undefined {
  if (element.name === name) return element;
  if (maxDepth === 0) return undefined;
  for (const child of element.children) {
    const found = findElement(child, name, maxDepth - 1);
    if (found) return found;
  }
  return undefined;
}

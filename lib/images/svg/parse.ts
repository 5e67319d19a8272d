import { XMLParser, XMLValidator } from "fast-xml-parser";
import { SVG_LIMITS, svgError } from "./limits";
import type { SvgElement, SvgNode } from "./tree";

/**
 * fast-xml-parser (MIT, maintained) reads the document in order. A DOCTYPE (and with it every
 * entity definition: billion laughs, external entities) is refused before parsing; only XML's own
 * and numeric character references are decoded, once. Comments and processing instructions are
 * dropped; CDATA is kept as text.
 */
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  allowBooleanAttributes: false,
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
  htmlEntities: true,
  cdataPropName: "#cdata",
});

type RawNode = Record<string, unknown>;

const ATTRIBUTES = ":@";

function toNode(raw: RawNode, depth: number, budget: { elements: number }): SvgNode | null {
  if (typeof raw["#text"] === "string") return { text: raw["#text"] };
  if (Array.isArray(raw["#cdata"])) {
    const text = (raw["#cdata"] as RawNode[]).map((part) => (typeof part["#text"] === "string" ? part["#text"] : "")).join("");
    return { text };
  }
  const name = Object.keys(raw).find((key) => key !== ATTRIBUTES);
  if (!name) return null;
  if (depth > SVG_LIMITS.maxDepth) throw svgError(`elements are nested more than ${SVG_LIMITS.maxDepth} deep.`);
  budget.elements += 1;
  if (budget.elements > SVG_LIMITS.maxElements) throw svgError(`more than ${SVG_LIMITS.maxElements} elements.`);
  const attributes: Record<string, string> = {};
  const rawAttributes = raw[ATTRIBUTES];
  if (rawAttributes && typeof rawAttributes === "object") {
    for (const [key, value] of Object.entries(rawAttributes as Record<string, unknown>)) {
      if (typeof value !== "string") continue;
      if (value.length > SVG_LIMITS.maxAttributeChars) throw svgError(`the attribute ${key.slice(0, 40)} is too long.`);
      attributes[key] = value;
    }
  }
  const children: SvgNode[] = [];
  const rawChildren = raw[name];
  if (Array.isArray(rawChildren)) {
    for (const child of rawChildren as RawNode[]) {
      const node = toNode(child, depth + 1, budget);
      if (node) children.push(node);
    }
  }
  return { name, attributes, children };
}

/** Parses untrusted SVG text into a tree, or refuses it with a reason (too large, not XML, a DOCTYPE, not an `<svg>`). */
export function parseSvg(text: string): SvgElement {
  if (Buffer.byteLength(text, "utf8") > SVG_LIMITS.maxBytes) throw svgError(`larger than ${SVG_LIMITS.maxBytes / 1024 / 1024} MB.`);
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw svgError("it declares a DOCTYPE or entities.");
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true) throw svgError(`it is not well-formed XML (${valid.err.msg.slice(0, 120)}).`);
  let raw: unknown;
  try {
    raw = parser.parse(text);
  } catch {
    throw svgError("it could not be read as XML.");
  }
  const budget = { elements: 0 };
  const roots = (Array.isArray(raw) ? (raw as RawNode[]) : []).map((node) => toNode(node, 0, budget)).filter((node): node is SvgNode => node !== null);
  const elements = roots.filter((node): node is SvgElement => "name" in node);
  const root = elements[0];
  if (elements.length !== 1 || !root || root.name !== "svg") throw svgError("its root element is not <svg>.");
  return root;
}

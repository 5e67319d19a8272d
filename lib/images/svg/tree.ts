/** An SVG document as a small tree: elements with attributes, and text. */
export interface SvgElement {
  name: string;
  attributes: Record<string, string>;
  children: SvgNode[];
}

export interface SvgText {
  text: string;
}

export type SvgNode = SvgElement | SvgText;

export function isElement(node: SvgNode): node is SvgElement {
  return "name" in node;
}

export const SVG_NAMESPACE = "http://www.w3.org/2000/svg";

function escapeText(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, "&quot;").replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The tree as SVG text; every value is escaped, so nothing in it can open a tag or an attribute. */
export function serializeSvg(node: SvgNode): string {
  if (!isElement(node)) return escapeText(node.text);
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join("");
  if (node.children.length === 0) return `<${node.name}${attributes}/>`;
  return `<${node.name}${attributes}>${node.children.map(serializeSvg).join("")}</${node.name}>`;
}

/** Every element under (and including) `root`, depth first. */
export function* walkElements(root: SvgElement): Generator<SvgElement> {
  yield root;
  for (const child of root.children) if (isElement(child)) yield* walkElements(child);
}

export function cloneElement(element: SvgElement): SvgElement {
  return { name: element.name, attributes: { ...element.attributes }, children: element.children.map((c) => (isElement(c) ? cloneElement(c) : { text: c.text })) };
}

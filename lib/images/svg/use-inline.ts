import { SVG_LIMITS, svgError } from "./limits";
import { cloneElement, isElement, walkElements, type SvgElement, type SvgNode } from "./tree";

function countElements(node: SvgElement): number {
  let count = 0;
  for (const _ of walkElements(node)) count += 1;
  return count;
}

function stripIds(element: SvgElement): SvgElement {
  for (const inner of walkElements(element)) delete inner.attributes.id;
  return element;
}

/**
 * Replaces every `<use href="#id">` by a copy of its target in a group carrying the use's
 * transform, position and paint, so that no reference is left for a renderer to follow. Cycles
 * are dropped, and the copies count against the element limit, so nested references cannot
 * multiply into millions of shapes. `<symbol>`s, only ever drawn through a use, are then removed.
 */
export function inlineUses(root: SvgElement): SvgElement {
  const targets = new Map<string, SvgElement>();
  for (const element of walkElements(root)) {
    const id = element.attributes.id;
    if (id && !targets.has(id)) targets.set(id, element);
  }
  let total = countElements(root);

  const expand = (node: SvgElement, stack: readonly string[]): SvgElement => {
    const children: SvgNode[] = [];
    for (const child of node.children) {
      if (!isElement(child)) {
        children.push(child);
        continue;
      }
      if (child.name === "symbol") continue;
      if (child.name !== "use") {
        children.push(expand(child, stack));
        continue;
      }
      const id = child.attributes.href?.slice(1);
      const target = id ? targets.get(id) : undefined;
      if (!id || !target || stack.includes(id) || target === root) continue;
      const copy = stripIds(cloneElement(target));
      const body: SvgElement = copy.name === "symbol" ? { name: "g", attributes: {}, children: copy.children } : copy;
      total += countElements(body);
      if (total > SVG_LIMITS.maxElements) throw svgError(`references multiply into more than ${SVG_LIMITS.maxElements} elements.`);
      const { href: _href, x, y, width: _width, height: _height, transform, ...paint } = child.attributes;
      const place = [transform, x || y ? `translate(${Number.parseFloat(x ?? "0") || 0} ${Number.parseFloat(y ?? "0") || 0})` : undefined].filter(Boolean).join(" ");
      children.push({ name: "g", attributes: { ...paint, ...(place ? { transform: place } : {}) }, children: [expand(body, [...stack, id])] });
    }
    return { ...node, children };
  };

  return expand(root, []);
}

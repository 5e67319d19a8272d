import { ELEMENTS, GEOMETRY, PRESENTATION, TEXT_ELEMENTS, UNWRAPPED, URL_PROPERTIES } from "./allowed";
import { parseSvg } from "./parse";
import { SVG_NAMESPACE, isElement, serializeSvg, type SvgElement, type SvgNode } from "./tree";
import { inlineUses } from "./use-inline";

/** Control characters never belong in an attribute; some renderers skip them inside "javascript:". */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** Schemes and tricks that turn a value into a fetch or code: refused wherever they appear. */
const DANGEROUS = /(javascript|vbscript|data|file|https?|ftp)\s*:|expression\s*\(|@import|\\|<|>/i;
const INTERNAL_URL = /^url\(\s*['"]?#[A-Za-z_][\w.-]*['"]?\s*\)(\s+[\w#(),.%\s-]*)?$/;

/** A property value that may stay, or null: internal `url(#id)` only where a reference is meaningful. */
function safeValue(property: string, raw: string): string | null {
  const value = raw.replace(CONTROL, "").trim();
  if (value.length === 0) return null;
  if (/url\s*\(/i.test(value)) return URL_PROPERTIES.has(property) && INTERNAL_URL.test(value) ? value : null;
  return DANGEROUS.test(value) ? null : value;
}

/** Presentation properties of a `style` attribute, each checked as an attribute would be. */
function styleProperties(style: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (/[\\{}]|\/\*|@/.test(style)) return out; // escapes, blocks, comments and at-rules hide what a value is
  for (const declaration of style.split(";")) {
    const colon = declaration.indexOf(":");
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).replace(/!important/i, "");
    if (!PRESENTATION.has(property)) continue;
    const safe = safeValue(property, value);
    if (safe !== null) out[property] = safe;
  }
  return out;
}

function cleanAttributes(element: SvgElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(element.attributes)) {
    if (name === "style") continue;
    if (name === "href" || name === "xlink:href") {
      // Kept only for `<use>` to find its target, and only as an internal reference.
      if (element.name === "use" && /^#[A-Za-z_][\w.-]*$/.test(raw.trim())) out.href = raw.trim();
      continue;
    }
    if (!PRESENTATION.has(name) && !GEOMETRY.has(name)) continue;
    const safe = safeValue(name, raw);
    if (safe !== null) out[name] = safe;
  }
  // Style wins over attributes, as in CSS; it comes back as attributes (no CSS survives).
  if (element.attributes.style) Object.assign(out, styleProperties(element.attributes.style));
  return out;
}

function cleanChildren(children: readonly SvgNode[], parent: string): SvgNode[] {
  const out: SvgNode[] = [];
  for (const child of children) {
    if (!isElement(child)) {
      if (TEXT_ELEMENTS.has(parent)) out.push({ text: child.text.replace(CONTROL, "") });
      continue;
    }
    if (UNWRAPPED.has(child.name)) {
      out.push(...cleanChildren(child.children, parent));
      continue;
    }
    if (!ELEMENTS.has(child.name)) continue;
    out.push({ name: child.name, attributes: cleanAttributes(child), children: cleanChildren(child.children, child.name) });
  }
  return out;
}

/**
 * Strips an untrusted SVG down to drawing: only allowed elements and attributes survive (no
 * scripts, styles, event attributes, foreign objects, images, links or animations), references
 * stay internal (`url(#id)`, `<use href="#id">` copied in place), and no value carries a
 * `javascript:`, `data:` or external URL. Colors are kept. Returns the clean tree.
 */
export function sanitizeSvgTree(root: SvgElement): SvgElement {
  const clean: SvgElement = { name: "svg", attributes: cleanAttributes(root), children: cleanChildren(root.children, "svg") };
  clean.attributes = { xmlns: SVG_NAMESPACE, ...clean.attributes };
  return inlineUses(clean);
}

/** Parses and sanitizes untrusted SVG text; refuses what cannot be parsed safely. */
export function sanitizeSvg(text: string): string {
  return serializeSvg(sanitizeSvgTree(parseSvg(text)));
}

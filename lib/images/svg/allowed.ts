/**
 * The allow-lists of the sanitizer: anything not named here is dropped. Scripts, styles, foreign
 * objects, images, links, animations, filters, patterns, masks and fonts are not drawing that a
 * printed page needs, and each can run code, fetch something or hide content.
 */
export const SHAPES = new Set(["path", "rect", "circle", "ellipse", "line", "polyline", "polygon"]);

export const ELEMENTS = new Set([
  "svg",
  "g",
  "defs",
  "title",
  "desc",
  ...SHAPES,
  "text",
  "tspan",
  "linearGradient",
  "radialGradient",
  "stop",
  "clipPath",
  // Only as the targets of `<use>`, which the sanitizer copies in place; neither survives.
  "symbol",
  "use",
]);

/** Kept for their children: a link's drawing stays, the link goes. */
export const UNWRAPPED = new Set(["a"]);

/** Elements whose text content is kept. */
export const TEXT_ELEMENTS = new Set(["text", "tspan", "title", "desc"]);

/** Presentation properties: allowed as attributes and inside `style`. */
export const PRESENTATION = new Set([
  "fill",
  "fill-rule",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-linecap",
  "stroke-linejoin",
  "stroke-miterlimit",
  "stroke-dasharray",
  "stroke-dashoffset",
  "stroke-opacity",
  "opacity",
  "color",
  "clip-path",
  "clip-rule",
  "visibility",
  "display",
  "vector-effect",
  "paint-order",
  "stop-color",
  "stop-opacity",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "dominant-baseline",
  "letter-spacing",
]);

export const GEOMETRY = new Set([
  "id",
  "d",
  "x",
  "y",
  "x1",
  "y1",
  "x2",
  "y2",
  "cx",
  "cy",
  "r",
  "rx",
  "ry",
  "fx",
  "fy",
  "dx",
  "dy",
  "width",
  "height",
  "points",
  "viewBox",
  "preserveAspectRatio",
  "transform",
  "offset",
  "gradientUnits",
  "gradientTransform",
  "spreadMethod",
  "clipPathUnits",
]);

/** Properties whose value may be an internal reference `url(#id)`; in any other a `url(` is refused. */
export const URL_PROPERTIES = new Set(["fill", "stroke", "clip-path"]);

import type { PageRaster } from "@/lib/images/print-check";
import { mmToPx } from "@/lib/images/print-check/units";

/** A white one-channel page of `width` × `height` pixels (300 DPI), drawn on by the functions below. */
export function blankPage(width = 600, height = 600): PageRaster {
  return { width, height, channels: 1, data: new Uint8Array(width * height).fill(255) };
}

/** Sets the pixels of a rectangle to `value` (0 ink, 255 paper, anything else grey). */
export function fillRect(page: PageRaster, left: number, top: number, width: number, height: number, value = 0): PageRaster {
  for (let y = top; y < top + height; y++) {
    for (let x = left; x < left + width; x++) {
      if (x < 0 || y < 0 || x >= page.width || y >= page.height) continue;
      page.data.fill(value, (y * page.width + x) * page.channels, (y * page.width + x + 1) * page.channels);
    }
  }
  return page;
}

/** The outline of a rectangle, `line` pixels wide, drawn inside the rectangle's bounds. */
export function strokeRect(page: PageRaster, left: number, top: number, width: number, height: number, line: number): PageRaster {
  fillRect(page, left, top, width, line);
  fillRect(page, left, top + height - line, width, line);
  fillRect(page, left, top, line, height);
  return fillRect(page, left + width - line, top, line, height);
}

/** A filled disk of `radius` pixels (pixels whose centre is within the radius). */
export function fillDisk(page: PageRaster, cx: number, cy: number, radius: number, value = 0): PageRaster {
  for (let y = Math.floor(cy - radius); y <= Math.ceil(cy + radius); y++) {
    for (let x = Math.floor(cx - radius); x <= Math.ceil(cx + radius); x++) {
      if ((x - cx) ** 2 + (y - cy) ** 2 <= radius * radius) fillRect(page, x, y, 1, 1, value);
    }
  }
  return page;
}

/** A ring: the disk of `outer` radius less the disk of `outer − line`. */
export function strokeCircle(page: PageRaster, cx: number, cy: number, outer: number, line: number): PageRaster {
  for (let y = Math.floor(cy - outer); y <= Math.ceil(cy + outer); y++) {
    for (let x = Math.floor(cx - outer); x <= Math.ceil(cx + outer); x++) {
      const d = Math.hypot(x - cx, y - cy);
      if (d <= outer && d > outer - line) fillRect(page, x, y, 1, 1);
    }
  }
  return page;
}

/** A copy of the page as RGB. */
export function toRgb(page: PageRaster): PageRaster {
  const data = new Uint8Array(page.width * page.height * 3);
  for (let i = 0; i < page.width * page.height; i++) data.fill(page.data[i * page.channels]!, i * 3, i * 3 + 3);
  return { width: page.width, height: page.height, channels: 3, data };
}

/** Millimetres to whole pixels at 300 DPI. */
export function px(mm: number): number {
  return Math.round(mmToPx(mm));
}

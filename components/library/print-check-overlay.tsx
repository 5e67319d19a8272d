import type { PixelBox } from "@/lib/shared/print-check";

export interface PrintCheckOverlayProps {
  /** The page's size in pixels: the boxes are in its coordinates. */
  width: number;
  height: number;
  boxes: PixelBox[];
}

/** Boxes smaller than this share of the page's width are grown so a speck is still seen. */
const MIN_SHARE = 0.03;

/**
 * Rings drawn over the page where a check failed. Decorative: the same facts are in the check's
 * text, so the drawing is hidden from assistive technology.
 */
export function PrintCheckOverlay({ width, height, boxes }: PrintCheckOverlayProps) {
  if (boxes.length === 0) return null;
  const min = width * MIN_SHARE;
  const stroke = Math.max(4, width / 300);
  return (
    <svg
      aria-hidden="true"
      data-testid="print-check-highlights"
      className="pointer-events-none absolute inset-0 h-full w-full"
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="none"
    >
      {boxes.map((box, index) => {
        const w = Math.max(box.width, min);
        const h = Math.max(box.height, min);
        const x = box.left + box.width / 2 - w / 2 - stroke;
        const y = box.top + box.height / 2 - h / 2 - stroke;
        return (
          <rect
            key={index}
            x={x}
            y={y}
            width={w + 2 * stroke}
            height={h + 2 * stroke}
            rx={stroke * 2}
            className="fill-amber-400/20 stroke-red-600"
            strokeWidth={stroke}
          />
        );
      })}
    </svg>
  );
}

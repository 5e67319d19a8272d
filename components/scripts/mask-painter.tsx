"use client";

import { useRef, type PointerEvent, type RefObject } from "react";
import { cn } from "@/components/ui/cn";

export type BrushMode = "paint" | "erase";

export interface MaskPainterProps {
  src: string;
  alt: string;
  /** The image's natural size: the painting layer (and so the mask) has exactly this size. */
  width: number;
  height: number;
  mode: BrushMode;
  /** Brush diameter in screen pixels. */
  brush: number;
  disabled?: boolean;
  layerRef: RefObject<HTMLCanvasElement | null>;
  /** Called after each stroke, so the parent can tell whether anything is painted. */
  onStroke: () => void;
  /** Describes how to use the painter (id of a visible hint). */
  describedBy?: string;
  label: string;
}

/**
 * A painting layer over the image, driven by Pointer Events (mouse, finger or pen). The layer has
 * the image's natural size and is scaled by CSS, so strokes are mapped from screen to image pixels.
 */
export function MaskPainter({ src, alt, width, height, mode, brush, disabled, layerRef, onStroke, describedBy, label }: MaskPainterProps) {
  const last = useRef<{ x: number; y: number } | null>(null);

  function point(event: PointerEvent<HTMLCanvasElement>) {
    const canvas = event.currentTarget;
    const rect = canvas.getBoundingClientRect();
    const scale = rect.width > 0 ? canvas.width / rect.width : 1;
    return { x: (event.clientX - rect.left) * scale, y: (event.clientY - rect.top) * (rect.height > 0 ? canvas.height / rect.height : 1), scale };
  }

  function stroke(event: PointerEvent<HTMLCanvasElement>) {
    const context = event.currentTarget.getContext("2d");
    if (!context) return;
    const { x, y, scale } = point(event);
    const from = last.current ?? { x, y };
    context.globalCompositeOperation = mode === "erase" ? "destination-out" : "source-over";
    context.strokeStyle = "rgb(124 58 237)";
    context.fillStyle = "rgb(124 58 237)";
    context.lineWidth = brush * scale;
    context.lineCap = "round";
    context.lineJoin = "round";
    context.beginPath();
    if (from.x === x && from.y === y) {
      context.arc(x, y, (brush * scale) / 2, 0, Math.PI * 2);
      context.fill();
    } else {
      context.moveTo(from.x, from.y);
      context.lineTo(x, y);
      context.stroke();
    }
    last.current = { x, y };
  }

  function down(event: PointerEvent<HTMLCanvasElement>) {
    if (disabled || (event.pointerType === "mouse" && event.button !== 0)) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    last.current = null;
    stroke(event);
  }

  function move(event: PointerEvent<HTMLCanvasElement>) {
    if (disabled || last.current === null) return;
    stroke(event);
  }

  function up(event: PointerEvent<HTMLCanvasElement>) {
    if (last.current === null) return;
    last.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
    onStroke();
  }

  return (
    <div
      className="relative mx-auto max-w-full overflow-hidden rounded-xl border border-line bg-sunken"
      // As wide as the dialog allows, but never taller than most of the screen, at the image's ratio.
      style={{ aspectRatio: `${width} / ${height}`, width: `min(100%, calc(50vh * ${width / height}))` }}
    >
      {/* eslint-disable-next-line @next/next/no-img-element -- a private file behind the session */}
      <img src={src} alt={alt} width={width} height={height} className="absolute inset-0 size-full object-contain select-none" draggable={false} />
      <canvas
        ref={layerRef}
        width={width}
        height={height}
        role="img"
        aria-label={label}
        aria-describedby={describedBy}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
        className={cn("absolute inset-0 size-full touch-none", disabled ? "cursor-not-allowed opacity-20" : "cursor-crosshair opacity-55")}
      />
    </div>
  );
}

"use client";

import { useEffect, type KeyboardEvent, type PointerEvent, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { selectAt, target, type Move, type Selection } from "@/lib/shared/scripts/selection";
import type { ScriptAspect } from "../types";
import type { Density } from "./use-view-preference";

// Column widths per density and frame: tall frames take narrower columns so a row holds as many.
const COLUMNS: Record<ScriptAspect, Record<Density, string>> = {
  "16:9": { compact: "grid-cols-[repeat(auto-fill,minmax(6.5rem,1fr))]", normal: "grid-cols-[repeat(auto-fill,minmax(8.5rem,1fr))]", large: "grid-cols-[repeat(auto-fill,minmax(13rem,1fr))]" },
  "1:1": { compact: "grid-cols-[repeat(auto-fill,minmax(5.5rem,1fr))]", normal: "grid-cols-[repeat(auto-fill,minmax(7rem,1fr))]", large: "grid-cols-[repeat(auto-fill,minmax(11rem,1fr))]" },
  "9:16": { compact: "grid-cols-[repeat(auto-fill,minmax(4.5rem,1fr))]", normal: "grid-cols-[repeat(auto-fill,minmax(5.5rem,1fr))]", large: "grid-cols-[repeat(auto-fill,minmax(8.5rem,1fr))]" },
};

const MOVES: Record<string, Move> = { ArrowLeft: "left", ArrowRight: "right", ArrowUp: "up", ArrowDown: "down", Home: "home", End: "end" };

/** How many frames sit on the first row: the grid's real column count at this width. */
function columnsOf(list: HTMLElement): number {
  const items = list.children;
  const top = (items[0] as HTMLElement | undefined)?.offsetTop;
  let count = 0;
  for (const item of items) {
    if ((item as HTMLElement).offsetTop !== top) break;
    count += 1;
  }
  return Math.max(1, count);
}

export interface FrameGridProps {
  id: string;
  label: string;
  count: number;
  aspect: ScriptAspect;
  density: Density;
  selection: Selection;
  onSelection: (next: Selection) => void;
  /** Enter, or a plain click: open the inspector on the active frame. */
  onOpen: (index: number, focus: boolean) => void;
  /** Delete or Backspace: remove the selected frames (after asking). */
  onDelete: () => void;
  frameId: (index: number) => string;
  renderFrame: (index: number, onPointerDown: (event: PointerEvent<HTMLDivElement>) => void) => ReactNode;
}

/**
 * The frames as a multi-select listbox (the ARIA pattern for a selectable collection): focus
 * stays on the list and `aria-activedescendant` names the active frame, so arrows move a
 * visible cursor without a tab stop per frame.
 */
export function FrameGrid({ id, label, count, aspect, density, selection, onSelection, onOpen, onDelete, frameId, renderFrame }: FrameGridProps) {
  // Follows the keyboard only: opening the page or a click never scrolls it.
  useEffect(() => {
    if (selection.active < 0 || document.activeElement?.id !== id) return;
    document.getElementById(frameId(selection.active))?.scrollIntoView({ block: "nearest" });
  }, [selection.active, frameId, id]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const move = MOVES[event.key];
    if (move && count > 0) {
      event.preventDefault();
      const to = target(selection.active, move, count, columnsOf(event.currentTarget));
      onSelection(selectAt(selection, to, event.shiftKey ? "extend" : "replace"));
    } else if (event.key === "Enter" && selection.active >= 0) {
      event.preventDefault();
      onOpen(selection.active, true);
    } else if (event.key === " " && selection.active >= 0) {
      event.preventDefault();
      onSelection(selectAt(selection, selection.active, event.ctrlKey || event.metaKey ? "toggle" : "replace"));
    } else if ((event.key === "Delete" || event.key === "Backspace") && selection.selected.size > 0) {
      event.preventDefault();
      onDelete();
    } else if (event.key.toLowerCase() === "a" && (event.ctrlKey || event.metaKey) && count > 0) {
      event.preventDefault();
      onSelection({ active: selection.active, anchor: 0, selected: new Set(Array.from({ length: count }, (_, i) => i)) });
    }
  }

  function pointerFor(index: number) {
    return (event: PointerEvent<HTMLDivElement>) => {
      if (event.button !== 0) return;
      const mode = event.shiftKey ? "extend" : event.ctrlKey || event.metaKey ? "toggle" : "replace";
      onSelection(selectAt(selection, index, mode));
      event.currentTarget.closest<HTMLElement>("[role=listbox]")?.focus({ preventScroll: true });
      if (mode === "replace") onOpen(index, false);
    };
  }

  return (
    <div
      id={id}
      role="listbox"
      tabIndex={0}
      aria-label={label}
      aria-multiselectable="true"
      aria-describedby={`${id}-help`}
      aria-activedescendant={selection.active >= 0 ? frameId(selection.active) : undefined}
      onKeyDown={onKeyDown}
      className={cn("group grid gap-2 rounded-xl p-1 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-700", COLUMNS[aspect][density])}
    >
      {Array.from({ length: count }, (_, index) => renderFrame(index, pointerFor(index)))}
    </div>
  );
}

// The storyboard's selection: one active frame (the keyboard's cursor) and a set of selected ones.

export interface Selection {
  /** The frame the keyboard is on; -1 when there are no frames. */
  active: number;
  /** Where a Shift range starts. */
  anchor: number;
  selected: ReadonlySet<number>;
}

export function emptySelection(count: number): Selection {
  return count > 0 ? { active: 0, anchor: 0, selected: new Set([0]) } : { active: -1, anchor: -1, selected: new Set() };
}

function range(from: number, to: number): Set<number> {
  const out = new Set<number>();
  for (let i = Math.min(from, to); i <= Math.max(from, to); i += 1) out.add(i);
  return out;
}

function clamp(index: number, count: number): number {
  return Math.max(0, Math.min(count - 1, index));
}

export type Move = "left" | "right" | "up" | "down" | "home" | "end";

/** The frame a key lands on in a grid of `columns`: arrows stop at the edges instead of wrapping. */
export function target(active: number, move: Move, count: number, columns: number): number {
  const cols = Math.max(1, columns);
  const at = Math.max(0, active);
  switch (move) {
    case "left": return clamp(at - 1, count);
    case "right": return clamp(at + 1, count);
    case "up": return at - cols >= 0 ? at - cols : at;
    case "down": return at + cols < count ? at + cols : at;
    case "home": return 0;
    case "end": return count - 1;
  }
}

/** A click or a key: plain replaces the selection, `extend` (Shift) selects the range from the anchor, `toggle` (Ctrl/⌘) adds or removes one. */
export function selectAt(selection: Selection, index: number, mode: "replace" | "extend" | "toggle"): Selection {
  if (mode === "extend") {
    const anchor = selection.anchor < 0 ? index : selection.anchor;
    return { active: index, anchor, selected: range(anchor, index) };
  }
  if (mode === "toggle") {
    const selected = new Set(selection.selected);
    if (selected.has(index)) selected.delete(index);
    else selected.add(index);
    return { active: index, anchor: index, selected };
  }
  return { active: index, anchor: index, selected: new Set([index]) };
}

/** After the frames changed (removed, added), keeps the selection inside the list. */
export function fitSelection(selection: Selection, count: number): Selection {
  if (count === 0) return emptySelection(0);
  const selected = new Set([...selection.selected].filter((i) => i < count));
  const active = clamp(selection.active, count);
  if (selected.size === 0) selected.add(active);
  return { active, anchor: clamp(selection.anchor, count), selected };
}

/** The selected positions, highest first: removing in this order keeps the others' positions valid. */
export function removalOrder(selection: Selection): number[] {
  return [...selection.selected].sort((a, b) => b - a);
}

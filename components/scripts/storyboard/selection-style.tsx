"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { Select } from "@/components/ui/select";
import { styleLabel } from "../labels";
import { SEGMENT_STYLES } from "../types";

/** The value of the "no change" entry: the select always rests on it, each choice applies at once. */
const UNCHANGED = "";
/** The value that clears the override, so the frames follow the script's style again. */
const SCRIPT_STYLE = "script";

/**
 * Sets (or clears) the style override of every selected frame in the draft: saved with the
 * timeline's other edits, as one PATCH of the script.
 */
export function SelectionStyle({ count, scriptStyle, onStyle }: { count: number; scriptStyle: string; onStyle: (style: string | null) => void }) {
  const t = useT();
  if (count === 0) return null;
  return (
    <Select
      value={UNCHANGED}
      aria-label={t("scripts.storyboard.selectionStyle", { count })}
      onChange={(event) => {
        const value = event.target.value;
        if (value !== UNCHANGED) onStyle(value === SCRIPT_STYLE ? null : value);
      }}
      className="[&_select]:h-9 [&_select]:text-sm"
    >
      <option value={UNCHANGED}>{t("scripts.storyboard.selectionStyle", { count })}</option>
      <option value={SCRIPT_STYLE}>{t("scripts.segment.styleDefault", { style: styleLabel(t, scriptStyle) })}</option>
      {SEGMENT_STYLES.map((style) => (
        <option key={style} value={style}>
          {styleLabel(t, style)}
        </option>
      ))}
    </Select>
  );
}

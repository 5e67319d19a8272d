"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { SegmentedControl } from "@/components/ui/segmented-control";
import type { StudioView } from "./use-view-preference";

/** Storyboard or list: the frames at a glance, or every segment's editor one under the other for writing. */
export function ViewSwitch({ view, onView }: { view: StudioView; onView: (view: StudioView) => void }) {
  const t = useT();
  return (
    <SegmentedControl
      name="script-view"
      legend={t("scripts.storyboard.view.label")}
      legendHidden
      size="sm"
      value={view}
      onValueChange={onView}
      options={[
        { value: "storyboard", label: t("scripts.storyboard.view.storyboard") },
        { value: "list", label: t("scripts.storyboard.view.list") },
      ]}
    />
  );
}

"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { SegmentedControl } from "@/components/ui/segmented-control";
import type { AgeGroup, Orientation, Paper } from "@/lib/shared/options";

export interface PageLayout {
  ageGroup: AgeGroup;
  paper: Paper;
  orientation: Orientation;
}

interface PageLayoutFieldsProps {
  value: PageLayout;
  /** Receives the one choice that changed. */
  onChange: (patch: Partial<PageLayout>) => void;
  errors?: Partial<Record<keyof PageLayout, string>>;
}

/** Age group, paper and orientation: the choices every printable page (theme or photo) shares. */
export function PageLayoutFields({ value, onChange, errors = {} }: PageLayoutFieldsProps) {
  const t = useT();
  const ageOptions: { value: AgeGroup; label: string }[] = [
    { value: "3-5", label: t("page.age3to5") },
    { value: "6-9", label: t("page.age6to9") },
    { value: "10-12", label: t("page.age10to12") },
    { value: "adult", label: t("page.ageAdult") },
  ];
  const paperOptions: { value: Paper; label: string }[] = [
    { value: "letter", label: t("page.paperLetter") },
    { value: "a4", label: t("page.paperA4") },
  ];
  const orientationOptions: { value: Orientation; label: string }[] = [
    { value: "portrait", label: t("page.portrait") },
    { value: "landscape", label: t("page.landscape") },
  ];
  return (
    <>
      <SegmentedControl name="ageGroup" legend={t("page.ageGroup")} options={ageOptions} value={value.ageGroup} onValueChange={(ageGroup) => onChange({ ageGroup })} error={errors.ageGroup} />
      <div className="flex flex-wrap gap-x-8 gap-y-6">
        <SegmentedControl name="paper" legend={t("page.paper")} options={paperOptions} value={value.paper} onValueChange={(paper) => onChange({ paper })} error={errors.paper} />
        <SegmentedControl name="orientation" legend={t("page.orientation")} options={orientationOptions} value={value.orientation} onValueChange={(orientation) => onChange({ orientation })} error={errors.orientation} />
      </div>
    </>
  );
}

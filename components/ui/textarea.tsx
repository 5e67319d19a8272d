"use client";

import type { ComponentPropsWithRef } from "react";
import { cn } from "./cn";
import { CONTROL_CLASSES } from "./control-styles";
import { useFieldControl } from "./field";

export type TextareaProps = ComponentPropsWithRef<"textarea">;

export function Textarea({ className, rows = 4, ...props }: TextareaProps) {
  const wired = useFieldControl(props);
  return <textarea rows={rows} {...wired} className={cn(CONTROL_CLASSES, "min-h-24 py-2.5 leading-relaxed", className)} />;
}

"use client";

import type { ComponentPropsWithRef } from "react";
import { cn } from "./cn";
import { CONTROL_CLASSES } from "./control-styles";
import { useFieldControl } from "./field";

export type InputProps = ComponentPropsWithRef<"input">;

/** A text-like input; inside `<Field>` it is labelled and described automatically. */
export function Input({ className, ...props }: InputProps) {
  const wired = useFieldControl(props);
  return <input {...wired} className={cn(CONTROL_CLASSES, "h-11", className)} />;
}

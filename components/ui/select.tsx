"use client";

import type { ComponentPropsWithRef } from "react";
import { cn } from "./cn";
import { CONTROL_CLASSES } from "./control-styles";
import { useFieldControl } from "./field";

export type SelectProps = ComponentPropsWithRef<"select">;

/** A native `<select>` (full keyboard and screen-reader support for free) with Inkwell styling. */
export function Select({ className, children, ...props }: SelectProps) {
  const wired = useFieldControl(props);
  return (
    <div className={cn("relative", className)}>
      <select {...wired} className={cn(CONTROL_CLASSES, "h-11 cursor-pointer appearance-none pr-10")}>
        {children}
      </select>
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="pointer-events-none absolute top-1/2 right-3.5 size-4 -translate-y-1/2 text-ink-muted"
      >
        <path d="M5 7.5l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </div>
  );
}

import type { ComponentPropsWithoutRef } from "react";
import { cn } from "./cn";

export type VisuallyHiddenProps = ComponentPropsWithoutRef<"span"> & {
  /** Reveal the content when it (or a child) takes keyboard focus, as for a skip link. */
  focusable?: boolean;
};

/** Content for screen readers only. */
export function VisuallyHidden({ focusable = false, className, ...props }: VisuallyHiddenProps) {
  return <span className={cn(focusable ? "sr-only focus-within:not-sr-only" : "sr-only", className)} {...props} />;
}

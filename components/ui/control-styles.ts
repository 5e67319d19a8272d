import { cn } from "./cn";

/** The shared look of text inputs, textareas and selects (borders meet the 3:1 non-text contrast). */
export const CONTROL_CLASSES = cn(
  "block w-full rounded-xl border border-line-strong bg-surface px-3.5 text-base text-ink shadow-xs",
  "placeholder:text-ink-subtle",
  "focus-visible:border-accent-700 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent-600",
  "aria-invalid:border-red-700 aria-invalid:focus-visible:outline-red-700",
  "disabled:cursor-not-allowed disabled:bg-sunken disabled:text-ink-muted",
);

import { cn } from "./cn";

export const BUTTON_VARIANTS = {
  primary: "bg-accent-700 text-white shadow-sm hover:bg-accent-800 active:bg-accent-900",
  secondary: "border border-line-strong bg-surface text-ink shadow-sm hover:bg-sunken active:bg-line",
  ghost: "text-ink hover:bg-sunken active:bg-line",
  danger: "bg-red-700 text-white shadow-sm hover:bg-red-800 active:bg-red-900",
} as const;

export const BUTTON_SIZES = {
  sm: "h-9 gap-1.5 rounded-lg px-3 text-sm",
  md: "h-11 gap-2 rounded-xl px-4 text-base",
  lg: "h-13 gap-2.5 rounded-2xl px-6 text-lg",
  icon: "size-11 rounded-xl",
} as const;

export type ButtonVariant = keyof typeof BUTTON_VARIANTS;
export type ButtonSize = keyof typeof BUTTON_SIZES;

export interface ButtonStyleOptions {
  variant?: ButtonVariant;
  size?: ButtonSize;
  fullWidth?: boolean;
  className?: string;
}

/** The button look, shared by `<Button>`, `<ButtonLink>` and anything else that must match. */
export function buttonClassName({ variant = "primary", size = "md", fullWidth, className }: ButtonStyleOptions = {}) {
  return cn(
    // Buttons are controls, never content: they stay off paper.
    "no-print inline-flex shrink-0 cursor-pointer items-center justify-center font-semibold whitespace-nowrap no-underline",
    "transition-colors select-none focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600",
    "disabled:cursor-not-allowed disabled:opacity-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-60",
    BUTTON_VARIANTS[variant],
    BUTTON_SIZES[size],
    fullWidth && "w-full",
    className,
  );
}

import { cn } from "@/components/ui/cn";

/** The Inkwell mark: an ink drop with a highlight. Decorative; name the link around it. */
export function InkDropMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className={cn("size-7 shrink-0", className)}>
      <path
        d="M12 2.2c-.35 0-.68.18-.87.48C9.3 5.6 5 11.2 5 15.1a7 7 0 0 0 14 0c0-3.9-4.3-9.5-6.13-12.42A1.03 1.03 0 0 0 12 2.2Z"
        className="fill-accent-700"
      />
      <path d="M9.1 15.6a3.2 3.2 0 0 0 2.4 2.9" fill="none" stroke="white" strokeWidth="1.6" strokeLinecap="round" opacity="0.85" />
    </svg>
  );
}

/** Mark plus the "Inkwell" wordmark. */
export function InkwellLogo({ className }: { className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-2 text-xl font-extrabold tracking-tight text-ink", className)}>
      <InkDropMark />
      <span>Inkwell</span>
    </span>
  );
}

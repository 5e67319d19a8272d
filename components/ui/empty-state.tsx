import type { ReactNode } from "react";
import { cn } from "./cn";

export interface EmptyStateProps {
  title: ReactNode;
  description?: ReactNode;
  /** Decorative illustration; a dashed picture frame when omitted. */
  icon?: ReactNode;
  /** Usually a `<ButtonLink>` to create the first item. */
  action?: ReactNode;
  headingLevel?: "h2" | "h3";
  className?: string;
}

export function EmptyState({ title, description, icon, action, headingLevel: Heading = "h2", className }: EmptyStateProps) {
  return (
    <div
      className={cn(
        "flex flex-col items-center gap-3 rounded-2xl border-2 border-dashed border-line bg-surface/60 px-6 py-12 text-center",
        className,
      )}
    >
      <div aria-hidden="true" className="mb-1 text-accent-700">
        {icon ?? (
          <svg viewBox="0 0 48 48" className="size-12" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round">
            <rect x="6" y="8" width="36" height="32" rx="5" />
            <circle cx="17" cy="19" r="4" />
            <path d="m6 34 10-9 8 7 6-5 12 10" />
          </svg>
        )}
      </div>
      <Heading className="text-lg font-bold text-ink">{title}</Heading>
      {description && <p className="max-w-md text-base text-ink-muted">{description}</p>}
      {action && <div className="mt-2">{action}</div>}
    </div>
  );
}

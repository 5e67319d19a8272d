import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons or links aligned to the right on wide screens. */
  actions?: ReactNode;
  /** Small text above the title (a breadcrumb or section name). */
  eyebrow?: ReactNode;
  className?: string;
}

/** The page's `<h1>` with an optional lead paragraph and actions. */
export function PageHeader({ title, description, actions, eyebrow, className }: PageHeaderProps) {
  return (
    <header className={cn("mb-8 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between", className)}>
      <div className="flex min-w-0 flex-col gap-2">
        {eyebrow && <div className="text-sm font-semibold text-accent-700">{eyebrow}</div>}
        <h1 className="text-3xl font-extrabold tracking-tight text-balance text-ink sm:text-4xl">{title}</h1>
        {description && <p className="max-w-2xl text-lg text-pretty text-ink-muted">{description}</p>}
      </div>
      {actions && <div className="no-print flex shrink-0 flex-wrap items-center gap-3">{actions}</div>}
    </header>
  );
}

import type { ReactNode } from "react";
import { cn } from "./cn";

export type AlertTone = "info" | "success" | "warning" | "error";

const TONES: Record<AlertTone, { box: string; icon: string; path: string }> = {
  info: {
    box: "border-sky-200 bg-sky-50 text-sky-950",
    icon: "text-sky-700",
    path: "M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17ZM10 5.25a1 1 0 1 1 0 2 1 1 0 0 1 0-2Zm-1.5 4h2.25V14h.75a.75.75 0 0 1 0 1.5h-3a.75.75 0 0 1 0-1.5h.75v-3.25h-.75a.75.75 0 0 1 0-1.5Z",
  },
  success: {
    box: "border-emerald-200 bg-emerald-50 text-emerald-950",
    icon: "text-emerald-700",
    path: "M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm3.78 6.28-4.5 4.5a.75.75 0 0 1-1.06 0l-2-2a.75.75 0 1 1 1.06-1.06l1.47 1.47 3.97-3.97a.75.75 0 1 1 1.06 1.06Z",
  },
  warning: {
    box: "border-amber-300 bg-amber-50 text-amber-950",
    icon: "text-amber-700",
    path: "M8.68 2.3a1.5 1.5 0 0 1 2.64 0l7.1 12.9A1.5 1.5 0 0 1 17.1 17.5H2.9a1.5 1.5 0 0 1-1.32-2.3l7.1-12.9ZM9.25 7v4.25a.75.75 0 0 0 1.5 0V7a.75.75 0 0 0-1.5 0ZM10 15a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z",
  },
  error: {
    box: "border-red-200 bg-red-50 text-red-950",
    icon: "text-red-700",
    path: "M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm-.75 4.5a.75.75 0 0 1 1.5 0v4.5a.75.75 0 0 1-1.5 0V6ZM10 14.75a1 1 0 1 1 0-2 1 1 0 0 1 0 2Z",
  },
};

export interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /** A button or link placed after the message (retry, dismiss...). */
  action?: ReactNode;
  className?: string;
}

/** A message box; errors use `role="alert"` (announced at once), the others `role="status"`. */
export function Alert({ tone = "info", title, children, action, className }: AlertProps) {
  const style = TONES[tone];
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={cn("flex items-start gap-3 rounded-xl border px-4 py-3", style.box, className)}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className={cn("mt-0.5 size-5 shrink-0", style.icon)}>
        <path fillRule="evenodd" clipRule="evenodd" d={style.path} />
      </svg>
      <div className="flex min-w-0 flex-1 flex-col gap-1 text-sm leading-relaxed">
        {title && <p className="font-semibold">{title}</p>}
        {children && <div>{children}</div>}
      </div>
      {action && <div className="shrink-0 self-center">{action}</div>}
    </div>
  );
}

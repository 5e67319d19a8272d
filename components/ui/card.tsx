import type { HTMLAttributes } from "react";
import { cn } from "./cn";

const PADDING = { none: "", sm: "p-4", md: "p-5 sm:p-6", lg: "p-6 sm:p-8" } as const;

export type CardProps = HTMLAttributes<HTMLElement> & {
  as?: "div" | "section" | "article" | "li";
  padding?: keyof typeof PADDING;
};

export function Card({ as: Tag = "div", padding = "md", className, ...props }: CardProps) {
  return (
    <Tag
      className={cn("rounded-2xl border border-line bg-surface text-ink shadow-sm", PADDING[padding], className)}
      {...props}
    />
  );
}

export type CardTitleProps = HTMLAttributes<HTMLHeadingElement> & { as?: "h2" | "h3" | "h4" };

export function CardTitle({ as: Tag = "h2", className, ...props }: CardTitleProps) {
  return <Tag className={cn("text-lg font-bold tracking-tight text-ink", className)} {...props} />;
}

export function CardDescription({ className, ...props }: HTMLAttributes<HTMLParagraphElement>) {
  return <p className={cn("mt-1 text-sm text-ink-muted", className)} {...props} />;
}

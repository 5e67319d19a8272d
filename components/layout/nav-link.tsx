"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { isActivePath } from "./nav-items";

export interface NavLinkProps {
  href: string;
  children: ReactNode;
  /** `bar` for the desktop header, `list` for the stacked mobile menu. */
  look?: "bar" | "list";
  onNavigate?: () => void;
  className?: string;
}

/** A header link that marks the current section with `aria-current="page"`. */
export function NavLink({ href, children, look = "bar", onNavigate, className }: NavLinkProps) {
  const active = isActivePath(usePathname(), href);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      onClick={onNavigate}
      className={cn(
        "rounded-lg font-semibold no-underline transition-colors",
        look === "bar" ? "px-3 py-2 text-sm" : "block px-3 py-3 text-base",
        active ? "bg-accent-50 text-accent-800" : "text-ink-muted hover:bg-sunken hover:text-ink",
        className,
      )}
    >
      {children}
    </Link>
  );
}

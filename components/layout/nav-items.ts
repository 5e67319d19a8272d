import type { PlainMessageKey } from "@/lib/i18n/types";

export interface NavItem {
  href: string;
  labelKey: Extract<PlainMessageKey, `nav.${string}`>;
}

export const PRIMARY_NAV: readonly NavItem[] = [
  { href: "/", labelKey: "nav.studio" },
  { href: "/coloring", labelKey: "nav.coloring" },
  { href: "/photos", labelKey: "nav.photos" },
  { href: "/scripts", labelKey: "nav.scripts" },
  { href: "/books", labelKey: "nav.books" },
  { href: "/library", labelKey: "nav.library" },
];

export const SETTINGS_NAV: NavItem = { href: "/settings", labelKey: "nav.settings" };

export const ADMIN_NAV: NavItem = { href: "/admin", labelKey: "nav.admin" };

/** `/` matches only itself; other items also match their sub-pages (`/library/123`). */
export function isActivePath(pathname: string | null, href: string): boolean {
  if (!pathname) return false;
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}

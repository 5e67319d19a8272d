"use client";

import Link from "next/link";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { ButtonLink } from "@/components/ui/button-link";
import { InkwellLogo } from "./ink-drop-logo";
import { NavLink } from "./nav-link";
import { ADMIN_NAV, PRIMARY_NAV, SETTINGS_NAV } from "./nav-items";
import { UserMenu, type ShellUser } from "./user-menu";

export interface AppHeaderProps {
  /** The signed-in user, or `null` to show Sign in / Sign up instead. */
  user: ShellUser | null;
  /** Server action that signs out; required to show the Sign out button. */
  signOutAction?: () => Promise<void>;
}

export function AppHeader({ user, signOutAction }: AppHeaderProps) {
  const t = useT();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const closeMenu = () => setMenuOpen(false);

  function handleMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === "Escape" && menuOpen) {
      setMenuOpen(false);
      menuButtonRef.current?.focus();
    }
  }

  const account = user ? (
    <UserMenu user={user} signOutAction={signOutAction} />
  ) : (
    <div className="flex items-center gap-2">
      <ButtonLink href="/sign-in" variant="ghost" size="sm">
        {t("nav.signIn")}
      </ButtonLink>
      <ButtonLink href="/sign-up" variant="primary" size="sm">
        {t("nav.signUp")}
      </ButtonLink>
    </div>
  );

  return (
    <header
      className="no-print sticky top-0 z-40 border-b border-line bg-paper/90 backdrop-blur supports-[backdrop-filter]:bg-paper/75"
      onKeyDown={handleMenuKeyDown}
    >
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-4 px-4 sm:px-6 lg:px-8">
        <Link href="/" aria-label={t("nav.home")} className="shrink-0 rounded-lg no-underline">
          <InkwellLogo />
        </Link>

        <nav aria-label={t("nav.mainLabel")} className="hidden lg:block">
          <ul className="flex items-center gap-1">
            {PRIMARY_NAV.map((item) => (
              <li key={item.href}>
                <NavLink href={item.href}>{t(item.labelKey)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>

        <div className="ml-auto hidden items-center gap-3 lg:flex">
          {user?.isAdmin && <NavLink href={ADMIN_NAV.href}>{t(ADMIN_NAV.labelKey)}</NavLink>}
          <NavLink href={SETTINGS_NAV.href}>{t(SETTINGS_NAV.labelKey)}</NavLink>
          <LanguageSwitcher compact />
          {account}
        </div>

        <button
          ref={menuButtonRef}
          type="button"
          aria-expanded={menuOpen}
          aria-controls={menuId}
          onClick={() => setMenuOpen((open) => !open)}
          className="ml-auto inline-flex h-11 items-center gap-2 rounded-xl border border-line-strong bg-surface px-3.5 text-sm font-semibold text-ink hover:bg-sunken lg:hidden"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
            {menuOpen ? <path d="M5 5l10 10M15 5L5 15" /> : <path d="M3 6h14M3 10h14M3 14h14" />}
          </svg>
          {t("nav.menu")}
        </button>
      </div>

      {/* Rendered only while open, so each control exists once for tests and assistive tech. */}
      {menuOpen && (
        <div id={menuId} className="border-t border-line bg-paper lg:hidden">
          <nav aria-label={t("nav.mainLabel")} className="mx-auto max-w-6xl px-4 py-3 sm:px-6">
            <ul className="flex flex-col gap-1">
              {[...PRIMARY_NAV, ...(user?.isAdmin ? [ADMIN_NAV] : []), SETTINGS_NAV].map((item) => (
                <li key={item.href}>
                  <NavLink href={item.href} look="list" onNavigate={closeMenu}>
                    {t(item.labelKey)}
                  </NavLink>
                </li>
              ))}
            </ul>
            <div className="mt-3 flex flex-col gap-4 border-t border-line pt-4 sm:flex-row sm:items-center sm:justify-between">
              <LanguageSwitcher />
              {account}
            </div>
          </nav>
        </div>
      )}
    </header>
  );
}

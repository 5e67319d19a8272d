"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { SubmitButton } from "@/components/ui/submit-button";

/** What the shell shows of the signed-in user. */
export interface ShellUser {
  name?: string | null;
  email?: string | null;
  /** Admins see the Admin page in the navigation. */
  isAdmin?: boolean;
}

export interface UserMenuProps {
  user: ShellUser;
  signOutAction?: () => Promise<void>;
}

/** The user's initial, name (email as a fallback) and a Sign out form. */
export function UserMenu({ user, signOutAction }: UserMenuProps) {
  const t = useT();
  const display = user.name?.trim() || user.email?.trim() || "";
  const initial = display.charAt(0).toUpperCase();

  return (
    <div className="flex min-w-0 items-center gap-3">
      {display && (
        <p className="flex min-w-0 items-center gap-2 text-sm" title={user.email ?? undefined}>
          <span
            aria-hidden="true"
            className="inline-flex size-8 shrink-0 items-center justify-center rounded-full bg-accent-100 font-bold text-accent-800"
          >
            {initial}
          </span>
          <span className="sr-only">{t("nav.signedInAs", { name: display })}</span>
          <span aria-hidden="true" className="max-w-44 truncate font-medium text-ink">
            {display}
          </span>
        </p>
      )}
      {signOutAction && (
        <form action={signOutAction}>
          <SubmitButton variant="secondary" size="sm">
            {t("nav.signOut")}
          </SubmitButton>
        </form>
      )}
    </div>
  );
}

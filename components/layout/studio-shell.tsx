import type { ReactNode } from "react";
import { AppFooter } from "./app-footer";
import { AppHeader } from "./app-header";
import { MAIN_CONTENT_ID } from "./constants";
import { SkipLink } from "./skip-link";
import type { ShellUser } from "./user-menu";

export interface StudioShellProps {
  /** The signed-in user; `null` renders the public header with Sign in / Sign up. */
  user: ShellUser | null;
  /** Server action that ends the session (e.g. wraps Auth.js `signOut`). */
  signOutAction?: () => Promise<void>;
  children: ReactNode;
}

/** The page frame: skip link, header, `<main id="main-content">`, footer. Usable from Server Components. */
export function StudioShell({ user, signOutAction, children }: StudioShellProps) {
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <AppHeader user={user} signOutAction={signOutAction} />
      <main
        id={MAIN_CONTENT_ID}
        tabIndex={-1}
        className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none sm:px-6 sm:py-10 lg:px-8 print:max-w-none print:p-0"
      >
        {children}
      </main>
      <AppFooter />
    </div>
  );
}

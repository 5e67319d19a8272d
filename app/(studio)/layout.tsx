import { headers } from "next/headers";
import type { ReactNode } from "react";
import { StudioShell } from "@/components/layout/studio-shell";
import { isAdmin } from "@/lib/auth/roles";
import { requireUser, signOutAction } from "../_lib/session";

/** Every studio page: signed-in users only, inside the app shell. */
export default async function StudioLayout({ children }: { children: ReactNode }) {
  const path = (await headers()).get("x-inkwell-path") ?? "/";
  const user = await requireUser(path);
  return (
    <StudioShell user={{ name: user.name, email: user.email, isAdmin: isAdmin(user) }} signOutAction={signOutAction}>
      {children}
    </StudioShell>
  );
}

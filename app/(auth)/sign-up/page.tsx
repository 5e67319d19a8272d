import type { Metadata } from "next";
import { getT } from "../../i18n";
import { AuthScreen } from "../auth-screen";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("nav.signUp") };
}

export default async function Page({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; invite?: string }> }) {
  const { callbackUrl, invite } = await searchParams;
  return <AuthScreen mode="sign-up" callbackUrl={callbackUrl} invitation={typeof invite === "string" ? invite : undefined} />;
}

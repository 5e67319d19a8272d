import type { Metadata } from "next";
import { getT } from "../../i18n";
import { AuthScreen } from "../auth-screen";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("nav.signIn") };
}

export default async function Page({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  return <AuthScreen mode="sign-in" callbackUrl={callbackUrl} error={typeof error === "string" ? error : undefined} />;
}

import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { getRequestMessages, getT } from "./i18n";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return {
    title: { default: t("app.name"), template: `%s · ${t("app.name")}` },
    description: t("app.description"),
    applicationName: t("app.name"),
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#fffcf7",
  colorScheme: "light",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Only the negotiated locale's catalogue is serialised to the browser.
  const { locale, messages } = await getRequestMessages();
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-paper font-sans text-ink antialiased">
        <I18nProvider locale={locale} messages={messages}>
          {children}
        </I18nProvider>
      </body>
    </html>
  );
}

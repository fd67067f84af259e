// The document of the Pages Router's page: the language and body as app/layout.tsx sets them.
import { Head, Html, Main, NextScript, type DocumentProps } from "next/document";
import { BODY_CLASSES } from "@/components/shell/document";
import { defaultLocale } from "@/lib/i18n/config";

export default function Document({ __NEXT_DATA__ }: DocumentProps) {
  const lang =
    (__NEXT_DATA__.props as { pageProps?: { intl?: { locale?: string } } } | undefined)?.pageProps?.intl?.locale ??
    defaultLocale;
  return (
    <Html lang={lang}>
      <Head />
      <body className={BODY_CLASSES}>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}

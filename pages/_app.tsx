// The Pages Router's app, for its one page: the public draft page (pages/[tenant]/consultations/[id].tsx), which
// is served from here because the App Router's own runtime alone is over issue #4's 120 KB budget. The page ships
// no React to the browser; this wrapper gives its server render the global styles and next-intl, with the
// messages, time zone, formats and clock the page's loader handed over — the same as lib/i18n/request.ts gives
// the App Router.
import type { AppProps } from "next/app";
import { NextIntlClientProvider } from "next-intl";
import { formats } from "@/lib/i18n/formats";
import type { IntlProps } from "@/lib/modules/consultation/client";
import "@/app/globals.css";

export default function App({ Component, pageProps }: AppProps<{ intl?: IntlProps }>) {
  const { intl } = pageProps;
  if (!intl) return <Component {...pageProps} />;
  return (
    <NextIntlClientProvider
      locale={intl.locale}
      messages={intl.messages as never}
      timeZone={intl.timeZone}
      now={new Date(intl.now)}
      formats={formats}
    >
      <Component {...pageProps} />
    </NextIntlClientProvider>
  );
}

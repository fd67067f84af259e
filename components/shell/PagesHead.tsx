// The <head> a Pages Router page needs to match the App Router's (app/layout.tsx metadata and viewport).
import Head from "next/head";
import { useTranslations } from "next-intl";
import { THEME_COLOR } from "./document";

export function PagesHead({ title, noindex }: { title: string; noindex?: boolean }) {
  const t = useTranslations("common");
  return (
    <Head>
      <title>{title}</title>
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="theme-color" content={THEME_COLOR} />
      <meta name="description" content={t("tagline")} />
      {noindex && <meta name="robots" content="noindex" />}
      <link rel="icon" href="/icon.svg" type="image/svg+xml" sizes="any" />
    </Head>
  );
}

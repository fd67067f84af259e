// The portal's frame for the stations pages: the city's name home, the directory, the city calendar and the
// deputies directory. Synchronous hooks only, so the Pages Router's station page renders it too.
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/common/LanguageSwitch";
import { PortalShell } from "@/components/shell";
import { cityFullName } from "@/lib/i18n/local-name";

export type StationsSection = "stations" | "calendar";

type Props = {
  tenant: { slug: string; fullName: string; fullNameEn?: string };
  active?: StationsSection;
  /** The App Router's LanguageSwitch unless given (the script-free station page passes its own). */
  languageSwitch?: ReactNode;
  children: ReactNode;
};

export function StationsShell({ tenant, active, languageSwitch, children }: Props) {
  const t = useTranslations("stationsPublic.nav");
  const locale = useLocale();
  const base = `/${tenant.slug}`;
  const nav = [
    { href: `${base}/stations`, label: t("stations"), active: active === "stations" },
    { href: `${base}/stations/calendar`, label: t("calendar"), active: active === "calendar" },
    { href: `${base}/deputies`, label: t("deputies") },
  ];
  return (
    <PortalShell
      tenantName={cityFullName(tenant, locale)}
      homeHref={base}
      nav={nav}
      actions={languageSwitch ?? <LanguageSwitch tone="light" />}
    >
      {children}
    </PortalShell>
  );
}

// The portal's frame for the deputies directory: the city's name home, the directory and the stations directory.
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/common/LanguageSwitch";
import { PortalShell } from "@/components/shell";
import { cityFullName } from "@/lib/i18n/local-name";

export function DeputiesPublicShell({
  tenant,
  children,
}: {
  tenant: { slug: string; fullName: string; fullNameEn?: string };
  children: ReactNode;
}) {
  const t = useTranslations("deputies.public.nav");
  const locale = useLocale();
  const base = `/${tenant.slug}`;
  return (
    <PortalShell
      tenantName={cityFullName(tenant, locale)}
      homeHref={base}
      nav={[
        { href: `${base}/deputies`, label: t("deputies"), active: true },
        { href: `${base}/stations`, label: t("stations") },
      ]}
      actions={<LanguageSwitch tone="light" />}
    >
      {children}
    </PortalShell>
  );
}

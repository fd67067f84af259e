import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/common/LanguageSwitch";
import { PortalShell } from "@/components/shell";
import { cityFullName } from "@/lib/i18n/local-name";

export type PublicSection = "plans" | "regulations" | "drafts" | "consultations" | "propose" | "track";
const SECTIONS: PublicSection[] = ["plans", "regulations", "drafts", "consultations", "propose", "track"];

type Props = {
  tenant: { slug: string; fullName: string; fullNameEn?: string };
  active?: PublicSection;
  /** The App Router's LanguageSwitch unless given: the Pages Router page passes its script-driven one. */
  languageSwitch?: ReactNode;
  /** Links after the sections (the portal home adds the staff sign-in). */
  extraNav?: { href: string; label: string }[];
  children: ReactNode;
};

/**
 * The portal's frame for the legislation and consultation pages: the city's name home, the sections, the language
 * switch. Synchronous (next-intl's useTranslations), so it renders in the App Router and the Pages Router alike.
 */
export function PublicShell({ tenant, active, languageSwitch, extraNav = [], children }: Props) {
  const t = useTranslations("legislationPublic.nav");
  const locale = useLocale();
  return (
    <PortalShell
      tenantName={cityFullName(tenant, locale)}
      homeHref={`/${tenant.slug}`}
      nav={[...SECTIONS.map((s) => ({ href: `/${tenant.slug}/${s}`, label: t(s), active: s === active })), ...extraNav]}
      actions={languageSwitch ?? <LanguageSwitch tone="light" />}
    >
      {children}
    </PortalShell>
  );
}

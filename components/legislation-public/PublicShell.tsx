import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/common/LanguageSwitch";
import { PortalShell } from "@/components/shell";

export type PublicSection = "plans" | "regulations" | "drafts" | "consultations" | "propose" | "track";
const SECTIONS: PublicSection[] = ["plans", "regulations", "drafts", "consultations", "propose", "track"];

/** The portal's frame for the legislation pages: the city's name home, the sections, the language switch. */
export async function PublicShell({ tenant, active, children }: { tenant: { slug: string; fullName: string }; active?: PublicSection; children: ReactNode }) {
  const t = await getTranslations("legislationPublic.nav");
  return (
    <PortalShell
      tenantName={tenant.fullName}
      homeHref={`/${tenant.slug}`}
      nav={SECTIONS.map((s) => ({ href: `/${tenant.slug}/${s}`, label: t(s), active: s === active }))}
      actions={<LanguageSwitch tone="light" />}
    >
      {children}
    </PortalShell>
  );
}

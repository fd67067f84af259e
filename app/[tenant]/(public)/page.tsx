import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/common/LanguageSwitch";
import { PortalShell } from "@/components/shell";
import { Card, CardBody, CardTitle } from "@/components/ui";
import { requireTenant } from "@/lib/guards";

// The sections a city's public portal will grow into, one per module to come (DESIGN §1).
const SECTIONS = ["plans", "drafts", "consultations", "deputies", "stations", "track"] as const;

export default async function PortalHome({ params }: { params: Promise<{ tenant: string }> }) {
  const tenant = await requireTenant((await params).tenant);
  const t = await getTranslations("portal");
  return (
    <PortalShell
      tenantName={tenant.fullName}
      homeHref={`/${tenant.slug}`}
      nav={[{ href: `/${tenant.slug}/login`, label: t("staffLogin") }]}
      actions={<LanguageSwitch tone="light" />}
    >
      <section className="space-y-3 py-4">
        <h1 className="text-2xl font-bold text-stone-900">{tenant.fullName}</h1>
        <p className="text-sm text-stone-700">{tenant.province}</p>
        {tenant.intro && <p className="leading-7 text-stone-800">{tenant.intro}</p>}
      </section>
      <section aria-labelledby="sections-title" className="space-y-3">
        <h2 id="sections-title" className="text-lg font-semibold">{t("sectionsTitle")}</h2>
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {SECTIONS.map((s) => (
            <li key={s}>
              <Card className="h-full">
                <CardBody>
                  <CardTitle as="h3">{t(`sections.${s}.title`)}</CardTitle>
                  <p className="mt-2 text-sm text-stone-700">{t(`sections.${s}.body`)}</p>
                  <p className="mt-2 text-xs text-stone-600">{t("comingSoon")}</p>
                </CardBody>
              </Card>
            </li>
          ))}
        </ul>
      </section>
      <p className="py-6 text-sm">
        <Link href="/" className="text-brand-700 underline underline-offset-2">{t("allCities")}</Link>
      </p>
    </PortalShell>
  );
}

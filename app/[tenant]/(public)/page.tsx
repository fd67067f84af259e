import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/legislation-public/PublicShell";
import { buttonClasses, Card, CardBody, CardTitle } from "@/components/ui";
import { OpenConsultations } from "@/components/consultation-public/OpenConsultations";
import { requireTenant } from "@/lib/guards";
import { cityFullName } from "@/lib/i18n/local-name";
import { listPublicConsultations } from "@/lib/modules/consultation";
import { listOpenCalls } from "@/lib/modules/legislation";

// The sections a city's public portal will grow into, one per module to come (DESIGN §1). Those with a path are
// open; the others still say "coming soon".
const SECTIONS: readonly { key: string; path?: string }[] = [
  { key: "plans", path: "plans" },
  { key: "drafts", path: "drafts" },
  { key: "consultations", path: "consultations" },
  { key: "deputies", path: "deputies" },
  { key: "stations", path: "stations" },
  { key: "suggestions", path: "suggestions" },
  { key: "oversight", path: "oversight" },
  { key: "filings", path: "filings" },
  { key: "track", path: "track" },
];

// Its heading is the city's name: the city layout's default title is this page's (辽源市人大常委会 · 连心).
export const metadata = {};

export default async function PortalHome({ params }: { params: Promise<{ tenant: string }> }) {
  const tenant = await requireTenant((await params).tenant);
  const [t, format, locale, calls, consultations] = await Promise.all([
    getTranslations("portal"),
    getFormatter(),
    getLocale(),
    listOpenCalls(tenant.id),
    listPublicConsultations(tenant.id, { status: "open" }),
  ]);
  return (
    // The same section navigation as the inner pages, then the staff sign-in.
    <PublicShell tenant={tenant} extraNav={[{ href: `/${tenant.slug}/login`, label: t("staffLogin") }]}>
      <section className="space-y-3 py-4">
        <h1 className="text-2xl font-bold text-stone-900">{cityFullName(tenant, locale)}</h1>
        <p className="text-sm text-stone-700">{tenant.province}</p>
        {tenant.intro && <p className="leading-7 text-stone-800">{tenant.intro}</p>}
      </section>
      {calls.length > 0 && (
        <section aria-labelledby="call-title" className="mb-6 rounded-lg border-2 border-brand-600 bg-white p-4 md:p-6">
          <h2 id="call-title" className="text-lg font-semibold text-stone-900">
            {t("proposeCall.title")}
          </h2>
          <ul className="mt-2 space-y-1 text-sm text-stone-800">
            {calls.map((c) => (
              <li key={c.id}>
                {t("proposeCall.body", {
                  call: c.title,
                  date: format.dateTime(new Date(`${c.closesOn}T00:00:00+08:00`), "date"),
                })}
              </li>
            ))}
          </ul>
          <p className="mt-4">
            <Link href={`/${tenant.slug}/propose`} className={buttonClasses("primary")}>
              {t("proposeCall.action")}
            </Link>
          </p>
        </section>
      )}
      <OpenConsultations tenantSlug={tenant.slug} consultations={consultations} />
      <section aria-labelledby="sections-title" className="space-y-3">
        <h2 id="sections-title" className="text-lg font-semibold">
          {t("sectionsTitle")}
        </h2>
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {SECTIONS.map((s) => (
            <li key={s.key}>
              {/* An open section's whole card is its link (the title is the link text; the card stretches it). */}
              <Card className="relative h-full has-[a:hover]:border-brand-600">
                <CardBody>
                  <CardTitle as="h3">
                    {"path" in s ? (
                      <Link
                        href={`/${tenant.slug}/${s.path}`}
                        className="text-brand-700 underline underline-offset-2 after:absolute after:inset-0 after:content-['']"
                      >
                        {t(`sections.${s.key}.title`)}
                      </Link>
                    ) : (
                      t(`sections.${s.key}.title`)
                    )}
                  </CardTitle>
                  <p className="mt-2 text-sm text-stone-700">{t(`sections.${s.key}.body`)}</p>
                  {!("path" in s) && <p className="mt-2 text-xs text-stone-600">{t("comingSoon")}</p>}
                </CardBody>
              </Card>
            </li>
          ))}
        </ul>
      </section>
      <p className="py-6 text-sm">
        <Link href="/" className="text-brand-700 underline underline-offset-2">
          {t("allCities")}
        </Link>
      </p>
    </PublicShell>
  );
}

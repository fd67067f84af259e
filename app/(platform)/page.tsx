import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/common/LanguageSwitch";
import { PlatformShell } from "@/components/shell";
import { PageHeader } from "@/components/ui";
import { cityFullName } from "@/lib/i18n/local-name";
import { listActiveTenants } from "@/lib/modules/tenancy";
import { titled } from "@/lib/page-title";

export const dynamic = "force-dynamic";

export const generateMetadata = titled("platform.landing.title");

export default async function Landing() {
  const t = await getTranslations("platform");
  const [tenants, locale] = await Promise.all([listActiveTenants(), getLocale()]);
  return (
    <PlatformShell title={t("brand")} actions={<LanguageSwitch />}>
      <PageHeader title={t("landing.title")} description={t("landing.description")} />
      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {tenants.map((tenant) => (
          <li key={tenant.slug}>
            <Link
              href={`/${tenant.slug}`}
              className="block rounded-lg border border-stone-200 bg-white p-4 hover:border-brand-700 focus-visible:outline-2 focus-visible:outline-brand-700"
            >
              <span className="block text-lg font-semibold text-stone-900">{cityFullName(tenant, locale)}</span>
              <span className="text-sm text-stone-700">{tenant.province}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-8 text-sm">
        <Link href="/platform" className="text-brand-700 underline underline-offset-2">
          {t("landing.operators")}
        </Link>
      </p>
    </PlatformShell>
  );
}

import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/common/LanguageSwitch";
import { LoginForm } from "@/components/identity/LoginForm";
import { PortalShell } from "@/components/shell";
import { Alert, Card, CardBody, PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/guards";
import { cityFullName, cityShortName } from "@/lib/i18n/local-name";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { titled } from "@/lib/page-title";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ from?: string; changed?: string }> };

export const generateMetadata = titled("auth.title");

export default async function LoginPage({ params, searchParams }: Props) {
  const tenant = await requireTenant((await params).tenant);
  const t = await getTranslations("auth");
  const locale = await getLocale();
  const query = await searchParams;
  const redirectTo = safeRedirectPath(query.from, `/${tenant.slug}`) ?? `/${tenant.slug}/console`;
  return (
    <PortalShell
      tenantName={cityFullName(tenant, locale)}
      homeHref={`/${tenant.slug}`}
      nav={[]}
      actions={<LanguageSwitch tone="light" />}
    >
      <div className="mx-auto w-full max-w-sm py-6">
        <PageHeader title={t("title")} description={t("subtitle", { tenant: cityShortName(tenant, locale) })} />
        {query.changed && (
          <Alert tone="success" className="mb-4">
            {t("passwordChanged")}
          </Alert>
        )}
        <Card>
          <CardBody>
            <LoginForm provider="tenant" tenantSlug={tenant.slug} redirectTo={redirectTo} />
          </CardBody>
        </Card>
      </div>
    </PortalShell>
  );
}

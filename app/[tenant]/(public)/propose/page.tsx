import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ProposalForm } from "@/components/legislation-public/ProposalForm";
import { PublicShell } from "@/components/legislation-public/PublicShell";
import { getDates } from "@/components/legislation-public/format";
import { Alert, buttonClasses, Card, CardBody, PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/guards";
import { listLegalFields, listOpenCalls } from "@/lib/modules/legislation";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata() {
  const t = await getTranslations("legislationPublic.propose");
  return { title: t("title") };
}

/** The public proposal form, while a call for proposals is open; otherwise a plain "no call open" notice. */
export default async function ProposePage({ params }: Props) {
  const tenant = await requireTenant((await params).tenant);
  const [t, dates, calls, fields] = await Promise.all([
    getTranslations("legislationPublic.propose"),
    getDates(),
    listOpenCalls(tenant.id),
    listLegalFields(tenant.id),
  ]);
  return (
    <PublicShell tenant={tenant} active="propose">
      <div className="mx-auto max-w-2xl">
        <PageHeader title={t("title")} description={t("description")} />
        {calls.length === 0 ? (
          <Alert tone="info" title={t("noCallTitle")}>
            <p>{t("noCallBody")}</p>
            <p className="mt-3">
              <Link href={`/${tenant.slug}/plans`} className={buttonClasses("secondary")}>
                {t("seePlans")}
              </Link>
            </p>
          </Alert>
        ) : (
          <div className="space-y-6">
            <section aria-labelledby="calls" className="space-y-3">
              <h2 id="calls" className="text-lg font-semibold text-gray-900">
                {t("callTitle")}
              </h2>
              {calls.map((c) => (
                <Card key={c.id}>
                  <CardBody className="space-y-2">
                    <h3 className="font-semibold text-gray-900">{c.title}</h3>
                    <p className="text-sm text-gray-700">
                      {t("period", { from: dates.day(c.opensOn), to: dates.day(c.closesOn) })}
                    </p>
                    {c.description && (
                      <p className="whitespace-pre-line text-sm leading-6 text-gray-800">{c.description}</p>
                    )}
                  </CardBody>
                </Card>
              ))}
            </section>
            <ProposalForm
              tenantSlug={tenant.slug}
              calls={calls.map((c) => ({ id: c.id, title: c.title }))}
              fields={fields.map((f) => ({ id: f.id, name: f.name }))}
            />
          </div>
        )}
      </div>
    </PublicShell>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { DeputyForm } from "@/components/deputies/DeputyForm";
import { linkClasses } from "@/components/legislation/util";
import { Card, CardBody, PageHeader } from "@/components/ui";
import { requireMember } from "@/lib/guards";
import { deputyFormChoices } from "@/lib/modules/deputies";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("deputies.form.newTitle");

/** Registers a deputy. */
export default async function NewDeputyPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant, allowed } = await requireMember((await params).tenant, "deputy.manage");
  if (!allowed) return <NoAccess />;
  const [t, choices] = await Promise.all([getTranslations("deputies.form"), deputyFormChoices(tenant.id)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <Link href={`/${tenant.slug}/console/deputies`} className={linkClasses}>
        {t("back")}
      </Link>
      <Card>
        <CardBody>
          <DeputyForm tenantSlug={tenant.slug} areas={choices.areas} accounts={choices.accounts} />
        </CardBody>
      </Card>
    </div>
  );
}

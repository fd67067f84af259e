import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { DeputyForm } from "@/components/deputies/DeputyForm";
import { linkClasses } from "@/components/legislation/util";
import { Card, CardBody, PageHeader } from "@/components/ui";
import { requireMember } from "@/lib/guards";
import { deputyFormChoices, getDeputy } from "@/lib/modules/deputies";
import { objectTitle } from "@/lib/page-title";

type Props = { params: Promise<{ tenant: string; id: string }> };

export async function generateMetadata({ params }: Props) {
  const { tenant, id } = await params;
  return objectTitle(
    tenant,
    "deputy.manage",
    { section: "deputies.form.editTitle" },
    async (tenantId) => (await getDeputy(tenantId, id))?.name,
  );
}

/** Edits a deputy's entry (the phone stays masked: a blank field keeps it). */
export default async function EditDeputyPage({ params }: Props) {
  const { tenant: slug, id } = await params;
  const { tenant, allowed } = await requireMember(slug, "deputy.manage");
  if (!allowed) return <NoAccess />;
  const deputy = await getDeputy(tenant.id, id);
  if (!deputy) notFound();
  const [t, choices] = await Promise.all([getTranslations("deputies.form"), deputyFormChoices(tenant.id, deputy.id)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("editTitle")} description={`${deputy.name} · ${deputy.term}`} />
      <Link href={`/${tenant.slug}/console/deputies/${deputy.id}`} className={linkClasses}>
        {t("back")}
      </Link>
      <Card>
        <CardBody>
          <DeputyForm
            tenantSlug={tenant.slug}
            deputy={{
              id: deputy.id,
              name: deputy.name,
              gender: deputy.gender,
              ethnicity: deputy.ethnicity,
              birthYear: deputy.birthYear,
              party: deputy.party,
              occupation: deputy.occupation,
              workUnit: deputy.workUnit,
              level: deputy.level,
              term: deputy.term,
              delegation: deputy.delegation,
              constituencyId: deputy.constituencyId,
              userId: deputy.userId,
              phoneMasked: deputy.phoneMasked,
            }}
            areas={choices.areas}
            accounts={choices.accounts}
          />
        </CardBody>
      </Card>
    </div>
  );
}

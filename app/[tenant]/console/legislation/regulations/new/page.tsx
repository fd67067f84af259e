import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { RegulationForm } from "@/components/legislation/RegulationForm";
import { Card, CardBody, PageHeader } from "@/components/ui";
import { todayInShanghai } from "@/lib/dates";
import { requireMember } from "@/lib/guards";
import { listLegalFields, listRegulationsInForce } from "@/lib/modules/legislation";
import { listCommittees, listUnits } from "@/lib/modules/tenancy";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("legislation.regulationForm.pageTitle");

/** 立项: a new regulation project, or the amendment or repeal of one in force. */
export default async function NewRegulationPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant, allowed } = await requireMember((await params).tenant, "legislation.manage");
  if (!allowed) return <NoAccess />;
  const [t, inForce, fields, committees, units] = await Promise.all([
    getTranslations("legislation.regulationForm"),
    listRegulationsInForce(tenant.id),
    listLegalFields(tenant.id),
    listCommittees(tenant.id),
    listUnits(tenant.id),
  ]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("pageTitle")} description={t("pageDescription")} />
      <Card>
        <CardBody>
          <RegulationForm
            tenantSlug={tenant.slug}
            thisYear={Number(todayInShanghai().slice(0, 4))}
            inForce={inForce.map((r) => ({ id: r.id, title: r.title }))}
            fields={fields.map((f) => ({ id: f.id, name: f.name }))}
            committees={committees.map((c) => ({ id: c.id, name: c.name }))}
            units={units.map((u) => ({ id: u.id, name: u.name }))}
          />
        </CardBody>
      </Card>
    </div>
  );
}

// 我的代表工作: the signed-in deputy's own area — who they are in the registry, the stations they are grouped
// into, their reception duties to come, the receptions recorded with them, and their legislative proposals. Phone
// first (390 px): cards, no tables.
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { MyDuties, MyProposals, MyReceptions, MyStations } from "@/components/deputy-area/DeputyAreaSections";
import { MySuggestionsCard } from "@/components/suggestions/submit/MySuggestionsCard";
import { Card, CardBody, EmptyState, FactList, PageHeader } from "@/components/ui";
import { todayInShanghai } from "@/lib/dates";
import { requireMember } from "@/lib/guards";
import { deputyOfUser } from "@/lib/modules/deputies";
import { listMyProposals } from "@/lib/modules/legislation";
import { dutiesOfDeputy, receptionsWithDeputy, stationsOfDeputy } from "@/lib/modules/stations";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("deputyArea.title");

export default async function MyDeputyPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "deputy.self");
  if (!allowed) return <NoAccess />;
  const [t, levels, deputy] = await Promise.all([
    getTranslations("deputyArea"),
    getTranslations("stationsPublic.level"),
    deputyOfUser(tenant.id, member.id),
  ]);
  if (!deputy)
    return (
      <div className="space-y-6">
        <PageHeader title={t("title")} />
        <EmptyState title={t("notLinked.title")} description={t("notLinked.body")} />
      </div>
    );
  const today = todayInShanghai();
  const [stations, duties, receptions, proposals] = await Promise.all([
    stationsOfDeputy(tenant.id, deputy.id),
    dutiesOfDeputy(tenant.id, deputy.id, today),
    receptionsWithDeputy(tenant.id, deputy.id),
    listMyProposals(tenant.id, member.id),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CardBody>
          <FactList
            compact
            rows={[
              [t("deputy.name"), deputy.name],
              [t("deputy.level"), levels(deputy.level)],
              [t("deputy.term"), deputy.term],
              [t("deputy.delegation"), deputy.delegation],
            ]}
          />
          {deputy.status !== "IN_OFFICE" && <p className="mt-3 text-sm text-gray-700">{t("deputy.ended")}</p>}
        </CardBody>
      </Card>
      <MyDuties duties={duties} today={today} />
      <MyStations tenantSlug={tenant.slug} stations={stations} />
      <MyReceptions receptions={receptions} />
      <MyProposals tenantSlug={tenant.slug} proposals={proposals} />
      <MySuggestionsCard tenantSlug={tenant.slug} />
    </div>
  );
}

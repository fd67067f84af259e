// 新建监督活动: a committee member (or an admin) adds an activity to the year's plan.
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { ActivityForm } from "@/components/oversight/activities/ActivityForm";
import { PageHeader } from "@/components/ui";
import { todayInShanghai } from "@/lib/dates";
import { requireMember } from "@/lib/guards";
import { activityChoices, viewerCommitteeIds } from "@/lib/modules/oversight";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("oversightActivities.form.newTitle");

export default async function NewActivityPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "oversight.manage");
  if (!allowed) return <NoAccess />;
  const [t, choices] = await Promise.all([getTranslations("oversightActivities.form"), activityChoices(tenant.id)]);
  const admin = member.roles.includes("admin");
  const mine = viewerCommitteeIds(member);
  const committees = admin ? choices.committees : choices.committees.filter((c) => mine.includes(c.id));
  return (
    <div className="space-y-6">
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <ActivityForm
        tenantSlug={tenant.slug}
        committees={committees}
        regulations={choices.regulations}
        committeeRequired={!admin}
        values={{
          kind: "LAW_INSPECTION",
          year: Number(todayInShanghai().slice(0, 4)),
          title: "",
          summary: "",
          committeeId: committees[0]?.id ?? null,
          lawName: null,
          regulationId: null,
          plannedQuarter: null,
          startOn: null,
          endOn: null,
          published: false,
        }}
      />
    </div>
  );
}

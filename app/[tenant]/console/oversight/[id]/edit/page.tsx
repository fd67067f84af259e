// 编辑监督活动: who manages the activity corrects its fields.
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { ActivityForm } from "@/components/oversight/activities/ActivityForm";
import { PageHeader } from "@/components/ui";
import { requireMember } from "@/lib/guards";
import { activityChoices, getActivity, viewerCommitteeIds } from "@/lib/modules/oversight";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("oversightActivities.form.editTitle");

export default async function EditActivityPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant: slug, id } = await params;
  const { tenant, member, allowed } = await requireMember(slug, "oversight.manage");
  if (!allowed) return <NoAccess />;
  const a = await getActivity(tenant.id, member, id);
  if (!a) notFound();
  if (!a.may.manage) return <NoAccess />;
  const [t, choices] = await Promise.all([getTranslations("oversightActivities.form"), activityChoices(tenant.id)]);
  const admin = member.roles.includes("admin");
  const mine = viewerCommitteeIds(member);
  const committees = admin ? choices.committees : choices.committees.filter((c) => mine.includes(c.id));
  return (
    <div className="space-y-6">
      <PageHeader title={t("editTitle")} description={a.title} />
      <ActivityForm
        tenantSlug={tenant.slug}
        committees={committees}
        regulations={choices.regulations}
        committeeRequired={!admin}
        values={a}
      />
    </div>
  );
}

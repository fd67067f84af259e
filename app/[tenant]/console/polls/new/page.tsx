import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { PageHeader } from "@/components/ui";
import { NewPollForm } from "@/components/votes/NewPollForm";
import { requireMember } from "@/lib/guards";
import { voterChoices } from "@/lib/modules/votes";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("votes.new");

type Params = { params: Promise<{ tenant: string }> };

/** A new poll (appraisal, meeting vote, projects, satisfaction) for the committee and offices. */
export default async function NewPollPage({ params }: Params) {
  const { tenant: slug } = await params;
  const { tenant, allowed } = await requireMember(slug, "poll.manage");
  if (!allowed) return <NoAccess />;
  const [t, users] = await Promise.all([getTranslations("votes"), voterChoices(tenant.id)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("new")} />
      <NewPollForm tenantSlug={tenant.slug} users={users.map((u) => ({ id: u.id, name: u.displayName }))} />
    </div>
  );
}

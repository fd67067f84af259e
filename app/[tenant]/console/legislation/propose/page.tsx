import { getFormatter, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { ProposeForm } from "@/components/legislation/ProposeForm";
import { dayDate } from "@/components/legislation/util";
import { Card, CardBody, EmptyState, PageHeader } from "@/components/ui";
import { requireMember } from "@/lib/guards";
import { listLegalFields, listOpenCalls, proposerTypesFor } from "@/lib/modules/legislation";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("legislation.propose.pageTitle");

/** 提出立法建议: deputies, handling units and committees propose a regulation to an open call. */
export default async function ProposePage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "proposal.submit");
  if (!allowed) return <NoAccess />;
  const [t, format, calls, fields] = await Promise.all([
    getTranslations("legislation.propose"),
    getFormatter(),
    listOpenCalls(tenant.id),
    listLegalFields(tenant.id),
  ]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("pageTitle")} description={t("pageDescription")} />
      {calls.length === 0 ? (
        <EmptyState title={t("noOpenCall")} description={t("noOpenCallBody")} />
      ) : (
        <Card>
          <CardBody>
            <ProposeForm
              tenantSlug={tenant.slug}
              calls={calls.map((c) => ({
                id: c.id,
                title: c.title,
                closes: format.dateTime(dayDate(c.closesOn), "date"),
              }))}
              fields={fields.map((f) => ({ id: f.id, name: f.name }))}
              proposerType={proposerTypesFor(member.roles)[0]!}
              defaultName={member.displayName}
            />
          </CardBody>
        </Card>
      )}
    </div>
  );
}

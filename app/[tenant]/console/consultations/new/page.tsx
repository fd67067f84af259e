import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { ConsultationForm } from "@/components/consultation/ConsultationForm";
import { Card, CardBody, PageHeader } from "@/components/ui";
import { addShanghaiDays } from "@/lib/dates";
import { requireMember } from "@/lib/guards";
import { instantToShanghaiLocal, listPublishedDrafts } from "@/lib/modules/consultation";
import { titled } from "@/lib/page-title";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string>> };

export const generateMetadata = titled("consultation.form.pageTitle");

/** 公开征求意见: open a consultation on a published draft (?draft=<id> preselects one, e.g. from the draft's page). */
export default async function NewConsultationPage({ params, searchParams }: Props) {
  const { tenant, allowed } = await requireMember((await params).tenant, "consultation.manage");
  if (!allowed) return <NoAccess />;
  const [t, drafts, query] = await Promise.all([
    getTranslations("consultation.form"),
    listPublishedDrafts(tenant.id),
    searchParams,
  ]);
  const preselected = drafts.find((d) => d.id === query.draft);
  // From the next full hour, thirty calendar days (the usual minimum period for comment on a draft regulation,
  // counted in calendar days, not working days).
  const start = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000);
  const end = addShanghaiDays(start, 30);
  return (
    <div className="space-y-4">
      <PageHeader title={t("pageTitle")} description={t("pageDescription")} />
      <Card>
        <CardBody>
          <ConsultationForm
            tenantSlug={tenant.slug}
            drafts={drafts.map((d) => ({ id: d.id, label: d.label, regulationTitle: d.regulationTitle }))}
            defaultDraftId={preselected?.id}
            defaultTitle={
              preselected
                ? t("suggestedTitle", { regulation: preselected.regulationTitle, label: preselected.label })
                : ""
            }
            defaultStartsAt={instantToShanghaiLocal(start)}
            defaultEndsAt={instantToShanghaiLocal(end)}
          />
        </CardBody>
      </Card>
    </div>
  );
}

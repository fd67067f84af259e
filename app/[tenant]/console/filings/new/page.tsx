// 登记备案文件: the office registers a filed normative document; the review's deadline is the city's filing-review
// working days after the filing day.
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { RegisterFilingForm } from "@/components/filings/FilingForms";
import { Card, CardBody, PageHeader } from "@/components/ui";
import { todayInShanghai } from "@/lib/dates";
import { requireMember } from "@/lib/guards";
import { filingChoices } from "@/lib/modules/filings";
import { oversightSettings } from "@/lib/modules/oversight/client";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("filings.new.title");

export default async function NewFilingPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant, allowed } = await requireMember((await params).tenant, "filing.manage");
  if (!allowed) return <NoAccess />;
  const [t, choices] = await Promise.all([getTranslations("filings"), filingChoices(tenant.id)]);
  const days = oversightSettings(tenant.settings).filingReviewWorkingDays;
  return (
    <div className="space-y-6">
      <PageHeader title={t("new.title")} description={t("new.description", { days })} />
      <Card>
        <CardBody>
          <RegisterFilingForm
            tenantSlug={tenant.slug}
            units={choices.units}
            committees={choices.committees}
            today={todayInShanghai()}
          />
        </CardBody>
      </Card>
    </div>
  );
}

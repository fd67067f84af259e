// 提出建议: a deputy drafts their own suggestion or motion on a phone; the office enters one on a deputy's behalf.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { categoryOptions, sessionOptions } from "@/components/suggestions/submit/form-options";
import { SuggestionForm } from "@/components/suggestions/submit/SuggestionForm";
import { buttonClasses, EmptyState, PageHeader } from "@/components/ui";
import { requireMember } from "@/lib/guards";
import { listSessions, loadViewer, suggestionSettings } from "@/lib/modules/suggestions";
import { titled } from "@/lib/page-title";

export const generateMetadata = titled("suggestionsSubmit.new.title");

export default async function NewSuggestionPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant, member, allowed } = await requireMember((await params).tenant, "suggestion.submit");
  if (!allowed) return <NoAccess />;
  const viewer = await loadViewer(member);
  const [t, base, sessions] = await Promise.all([
    getTranslations("suggestionsSubmit.new"),
    getTranslations("suggestions"),
    listSessions(tenant.id),
  ]);
  const ownDeputy = viewer.roles.includes("deputy") && viewer.deputyId !== null;
  const office = viewer.roles.includes("deputyAffairs");
  if (!ownDeputy && !office)
    return (
      <div className="space-y-6">
        <PageHeader title={t("title")} />
        <EmptyState title={t("notLinked.title")} description={t("notLinked.body")} />
      </div>
    );
  const settings = suggestionSettings(tenant.settings);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={ownDeputy ? t("descriptionDeputy") : t("descriptionOffice")}
        actions={
          office ? (
            <Link href={`/${tenant.slug}/console/suggestions/sessions`} className={buttonClasses("secondary")}>
              {t("sessions")}
            </Link>
          ) : undefined
        }
      />
      <SuggestionForm
        tenantSlug={tenant.slug}
        chooseLead={!ownDeputy}
        leadDeputyId={viewer.deputyId ?? undefined}
        sessions={sessionOptions(sessions)}
        categories={categoryOptions(settings.categories, (k) => base(`categories.${k}` as never))}
        minSigners={settings.motionMinSigners}
      />
    </div>
  );
}

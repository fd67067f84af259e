// 修改建议: the author edits a draft or one returned for revision (the same form as a new one).
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { linkClasses } from "@/components/legislation/util";
import { categoryOptions, sessionOptions } from "@/components/suggestions/submit/form-options";
import { SuggestionForm } from "@/components/suggestions/submit/SuggestionForm";
import { Alert, PageHeader } from "@/components/ui";
import { requireMember } from "@/lib/guards";
import { draftForEdit, listSessions, loadViewer, suggestionSettings } from "@/lib/modules/suggestions";
import { titled } from "@/lib/page-title";

type Params = { params: Promise<{ tenant: string; id: string }> };

export const generateMetadata = titled("suggestionsSubmit.edit.title");

export default async function EditSuggestionPage({ params }: Params) {
  const { tenant: slug, id } = await params;
  const { tenant, member, allowed } = await requireMember(slug, "suggestion.submit");
  if (!allowed) return <NoAccess />;
  const viewer = await loadViewer(member);
  // Unseen, another city's, not the member's to edit, or already sent: the same 404.
  const draft = await draftForEdit(tenant, viewer, id);
  if (!draft) notFound();
  const [t, base, sessions] = await Promise.all([
    getTranslations("suggestionsSubmit.edit"),
    getTranslations("suggestions"),
    listSessions(tenant.id),
  ]);
  const { s, files, cosigners } = draft;
  const settings = suggestionSettings(tenant.settings);
  const row = (f: { id: string; fileName: string }) => ({ id: f.id, fileName: f.fileName });
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={s.title} />
      <div className="-mt-4 text-sm">
        <Link href={`/${tenant.slug}/console/suggestions/${s.id}`} className={linkClasses}>
          {t("back")}
        </Link>
      </div>
      {s.status === "REVISING" && s.reason && <Alert tone="warning">{t("returned", { reason: s.reason })}</Alert>}
      <SuggestionForm
        tenantSlug={tenant.slug}
        id={s.id}
        chooseLead={false}
        leadDeputyId={s.leadDeputyId}
        sessions={sessionOptions(sessions)}
        categories={categoryOptions(settings.categories, (k) => base(`categories.${k}` as never))}
        minSigners={settings.motionMinSigners}
        initial={{
          kind: s.kind,
          timing: s.timing,
          sessionId: s.sessionId,
          title: s.title,
          body: s.body,
          category: s.category,
          cosigners,
          files: files.files.map(row),
          bill: files.bill ? row(files.bill) : null,
        }}
      />
    </div>
  );
}
